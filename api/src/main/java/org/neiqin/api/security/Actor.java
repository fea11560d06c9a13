package org.neiqin.api.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Somebody (or the system itself) acting in Neiqin: a user name and the roles it holds.
 *
 * @since 0.1
 */
public final class Actor {
    /** The framework acting on its own behalf (demo data, migrations). Holds every Neiqin role. */
    public static final Actor SYSTEM = new Actor("system", Set.copyOf(Roles.ALL));

    private final String name;
    private final Set<String> roles;

    public Actor(String name, Set<String> roles) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
        this.name = name;
        this.roles = Set.copyOf(roles);
    }

    public String name() { return name; }

    public Set<String> roles() { return roles; }

    public boolean hasRole(String role) { return roles.contains(role); }

    /** @return whether this actor holds at least one of {@code anyOf}. */
    public boolean hasAnyRole(Set<String> anyOf) {
        for (String r : anyOf) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor && ((Actor) o).name.equals(name) && ((Actor) o).roles.equals(roles);
    }

    @Override
    public int hashCode() { return Objects.hash(name, roles); }

    @Override
    public String toString() { return name + new TreeSet<>(roles); }
}
