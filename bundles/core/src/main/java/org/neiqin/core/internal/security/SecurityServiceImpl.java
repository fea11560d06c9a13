package org.neiqin.core.internal.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.Text;
import org.neiqin.api.module.PermissionDef;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.registry.ModuleRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller comes from {@link #runAs} (REST toolkit, demo data) or else from the JAAS subject
 * of the calling code (web console, Karaf shell). Which roles hold a permission: the module's
 * default, unless {@code etc/org.neiqin.security.cfg} lists roles for it
 * ({@code crm.customer.write = neiqin-assistant, neiqin-manager}).
 */
@Component(configurationPid = "org.neiqin.security", service = {SecurityService.class, SecurityServiceImpl.class})
public class SecurityServiceImpl implements SecurityService {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();

    private final ModuleRegistryImpl registry;
    private volatile Map<String, Object> config;

    @Activate
    public SecurityServiceImpl(@Reference ModuleRegistryImpl registry, Map<String, Object> config) {
        this.registry = registry;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> config) {
        this.config = config;
    }

    @Override
    public Optional<Actor> currentActor() {
        Actor a = CURRENT.get();
        return a != null ? Optional.of(a) : Jaas.current();
    }

    @Override
    public Actor require(String permission) {
        Actor actor = currentActor().orElseThrow(() -> new AccessDeniedException(Text.of("core.notLoggedIn",
                "you are not logged in")));
        if (!isPermitted(actor, permission)) {
            throw new AccessDeniedException(Text.of("core.permission.lacking", "{0} lacks the permission {1}", actor.name(),
                    permission));
        }
        return actor;
    }

    @Override
    public boolean isPermitted(Actor actor, String permission) {
        return actor.hasAnyRole(rolesFor(permission));
    }

    /** @return whether an installed module declares {@code permission}, or the configuration names its roles */
    public boolean known(String permission) {
        return config.get(permission) != null || registry.permission(permission).isPresent();
    }

    public Set<String> rolesFor(String permission) {
        Object configured = config.get(permission);
        if (configured != null) {
            return Arrays.stream(configured.toString().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .collect(Collectors.toSet());
        }
        return registry.permission(permission).map(PermissionDef::defaultRoles).orElse(Set.of());
    }

    @Override
    public <T> T runAs(Actor actor, Supplier<T> work) {
        Actor previous = CURRENT.get();
        CURRENT.set(actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** For filters that cannot wrap the call: set now, {@link #clear()} when the response is done. */
    public void set(Actor actor) {
        CURRENT.set(actor);
    }

    public void clear() {
        CURRENT.remove();
    }
}
