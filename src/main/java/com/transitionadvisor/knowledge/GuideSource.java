package com.transitionadvisor.knowledge;

import java.util.Optional;

/**
 * Where the full text of a guide comes from when it is shown. Lists and lookups work from {@link GuideEntry}s; a
 * {@link Guide} is asked for only when its text is needed. Implementations may read it from disk and cache it.
 */
@FunctionalInterface
public interface GuideSource {
    /** The guide with this id, or empty when there is none (any more). */
    Optional<Guide> guide(String id);
}
