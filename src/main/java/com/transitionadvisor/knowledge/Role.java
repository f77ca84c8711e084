package com.transitionadvisor.knowledge;

import java.util.List;
import java.util.Objects;

/** A job role people move from or into, with the everyday names people use for it. */
public record Role(String id, String name, List<String> aliases) {
    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
