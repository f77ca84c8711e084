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

    public RoleCatalog(Collection<Role> roles) {
        Map<String, Role> ids = new LinkedHashMap<>();
        Map<String, Role> names = new HashMap<>();
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
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
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
        List<Role> roles = new ArrayList<>();
        Map<String, String> nameOwners = new HashMap<>();
        YamlFiles.read(file, problems).ifPresent(root -> {
            root.allowOnly(Set.of("roles"));
            roles.addAll(root.requiredList("roles", item -> readRole(item, nameOwners)));
        });
        return new RoleCatalog(roles);
    }

    private static Optional<Role> readRole(YamlMap item, Map<String, String> nameOwners) {
        item.allowOnly(Set.of("id", "name", "aliases"));
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
        if (nameOwners.containsKey("id:" + id)) {
            item.report("id", "'" + id + "' is already used by another role");
            return Optional.empty();
        }
        nameOwners.put("id:" + id, id);
        List<String> kept = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(id.replace('-', ' '), name));
        names.addAll(aliases);
        for (String candidate : names) {
            String key = normalize(candidate);
            String owner = nameOwners.putIfAbsent(key, id);
            if (key.isEmpty()) {
                item.report("aliases", "'" + candidate + "' has no letters or digits");
            } else if (owner != null && !owner.equals(id)) {
                item.report("aliases", "'" + candidate + "' is already a name of role '" + owner + "'");
            } else if (aliases.contains(candidate)) {
                kept.add(candidate);
            }
        }
        return Optional.of(new Role(id, name, kept));
    }
}
