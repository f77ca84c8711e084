package com.transitionadvisor.knowledge;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Every known role, findable by id or by any of its names once normalised. */
public final class RoleCatalog {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}+#]+");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, Role> byId;
    private final Map<String, Role> byName;
    private final Map<String, List<String>> related;

    public RoleCatalog(Collection<Role> roles) {
        this(roles, Map.of());
    }

    /** Roles, with the ids of the roles each is close to ({@code related:} in {@code roles.yml}). */
    public RoleCatalog(Collection<Role> roles, Map<String, List<String>> related) {
        Map<String, Role> ids = new LinkedHashMap<>();
        Map<String, Role> names = new LinkedHashMap<>();
        for (Role role : roles) {
            if (ids.putIfAbsent(role.id(), role) != null) {
                throw new IllegalArgumentException("role id '" + role.id() + "' is used twice");
            }
            for (String name : namesOf(role)) {
                Role previous = names.putIfAbsent(normalize(name), role);
                if (previous != null && !previous.equals(role)) {
                    throw new IllegalArgumentException("name '" + name + "' belongs to both " + previous.id()
                            + " and " + role.id());
                }
            }
        }
        this.byId = java.util.Collections.unmodifiableMap(ids);
        this.byName = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names));
        this.related = Map.copyOf(related);
    }

    /** The roles a coach marked as close to this one: where a move with no guide can still look. */
    public List<Role> related(Role role) {
        return related.getOrDefault(role.id(), List.of()).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Lower case, accents and punctuation removed, single spaces: "Back-End  Dev." becomes "back end dev". */
    public static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    public Optional<Role> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Exact match on the role's id, display name or an alias, after normalising. */
    public Optional<Role> byName(String name) {
        return Optional.ofNullable(byName.get(normalize(name)));
    }

    /** Every normalised name paired with its role, for fuzzy matching. */
    public Map<String, Role> names() {
        return byName;
    }

    public List<Role> roles() {
        return List.copyOf(byId.values());
    }

    private static List<String> namesOf(Role role) {
        List<String> names = new ArrayList<>();
        names.add(role.id().replace('-', ' '));
        names.add(role.name());
        names.addAll(role.aliases());
        return names;
    }

    /** Reads {@code roles.yml}; problems are added to {@code problems} and the readable roles returned. */
    static RoleCatalog read(Path file, ProblemCollector problems) {
        List<RawRole> raw = new ArrayList<>();
        YamlFiles.read(file, problems).ifPresent(root -> {
            root.allowOnly(Set.of("roles"));
            raw.addAll(root.requiredList("roles", RoleCatalog::readRole));
        });
        // Ids and display names first, so that an alias clashing with another role's name is the one reported.
        Map<String, String> owners = new HashMap<>();
        List<RawRole> named = new ArrayList<>();
        for (RawRole role : raw) {
            String idKey = normalize(role.id().replace('-', ' '));
            String nameKey = normalize(role.name());
            String idOwner = owners.get(idKey);
            String nameOwner = owners.get(nameKey);
            if (idOwner != null) {
                role.map().report("id", "'" + role.id() + "' is already used by role '" + idOwner + "'");
            } else if (nameOwner != null) {
                role.map().report("name", "'" + role.name() + "' is already a name of role '" + nameOwner + "'");
            } else {
                owners.put(idKey, role.id());
                owners.put(nameKey, role.id());
                named.add(role);
            }
        }
        List<Role> roles = new ArrayList<>();
        for (RawRole role : named) {
            List<String> kept = new ArrayList<>();
            for (String alias : role.aliases()) {
                String key = normalize(alias);
                String owner = owners.putIfAbsent(key, role.id());
                if (key.isEmpty()) {
                    role.map().report("aliases", "'" + alias + "' has no letters or digits");
                } else if (owner != null && !owner.equals(role.id())) {
                    role.map().report("aliases", "'" + alias + "' is already a name of role '" + owner + "'");
                } else {
                    kept.add(alias);
                }
            }
            roles.add(new Role(role.id(), role.name(), kept));
        }
        Set<String> ids = new java.util.HashSet<>(owners.values());
        Map<String, List<String>> related = new HashMap<>();
        for (RawRole role : named) {
            for (String other : role.related()) {
                if (!ids.contains(other) || other.equals(role.id())) {
                    role.map().report("related", "'" + other + "' is not the id of another role in this file");
                }
            }
            related.put(role.id(), role.related().stream().filter(ids::contains).filter(o -> !o.equals(role.id())).toList());
        }
        return new RoleCatalog(roles, related);
    }

    private record RawRole(String id, String name, List<String> aliases, List<String> related, YamlMap map) {
    }

    private static Optional<RawRole> readRole(YamlMap item) {
        item.allowOnly(Set.of("id", "name", "aliases", "related"));
        String id = item.requiredText("id");
        String name = item.requiredText("name");
        List<String> aliases = item.textList("aliases");
        if (id.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        if (!ID.matcher(id).matches()) {
            item.report("id", "'" + id + "' must be lower case words joined by dashes, e.g. backend-developer");
            return Optional.empty();
        }
        return Optional.of(new RawRole(id, name, aliases, item.textList("related"), item));
    }
}
