package org.neiqin.api.module;

import java.util.Set;

/**
 * A permission a module defines, e.g. {@code crm.customer.write}, with the roles that hold it
 * unless {@code etc/org.neiqin.security.cfg} says otherwise.
 *
 * @param name dotted name, starting with the module id
 * @param description what it allows, for the administrator
 * @param defaultRoles roles granted it by default
 * @since 0.1
 */
public record PermissionDef(String name, String description, Set<String> defaultRoles) {
    public PermissionDef {
        if (name == null || !name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("permission name must be dotted lower case: " + name);
        }
        defaultRoles = Set.copyOf(defaultRoles);
    }
}
