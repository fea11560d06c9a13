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
import org.neiqin.api.people.Person;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.RecordScope;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.people.People;
import org.neiqin.core.internal.registry.ModuleRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The caller comes from {@link #runAs} (REST toolkit, demo data) or else from the JAAS subject
 * of the calling code (web console, Karaf shell). Which roles hold a permission: the module's
 * default, unless {@code etc/org.neiqin.security.cfg} lists roles for it
 * ({@code crm.customer.write = neiqin-assistant, neiqin-manager}). Which records a role sees: every one, unless the
 * same file narrows it ({@code scope.neiqin-sales = own}, {@code region}, or {@code own, region}); see
 * {@link RecordScope}.
 */
@Component(configurationPid = "org.neiqin.security", service = {SecurityService.class, SecurityServiceImpl.class})
public class SecurityServiceImpl implements SecurityService {
    private static final ThreadLocal<Actor> CURRENT = new ThreadLocal<>();
    /** Set while the system's own work runs ({@link #unscoped}). */
    private static final ThreadLocal<Boolean> SYSTEM_WORK = new ThreadLocal<>();

    /** The configuration's keys that narrow a role's records: {@code scope.<role>}. */
    public static final String SCOPE = "scope.";

    private final ModuleRegistryImpl registry;
    private final People people;
    private volatile Map<String, Object> config;

    @Activate
    public SecurityServiceImpl(@Reference ModuleRegistryImpl registry, @Reference People people,
            Map<String, Object> config) {
        this.registry = registry;
        this.people = people;
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
    public RecordScope scope() {
        if (Boolean.TRUE.equals(SYSTEM_WORK.get())) {
            return RecordScope.ALL;
        }
        return currentActor().map(this::scopeOf).orElse(RecordScope.ALL);
    }

    /**
     * Runs the system's own work — the demo data, which acts as the demo users for its stamps and the modules' rules
     * — over every record, whatever the configuration narrows those users to.
     */
    public <T> T unscoped(Supplier<T> work) {
        Boolean before = SYSTEM_WORK.get();
        SYSTEM_WORK.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SYSTEM_WORK.remove();
            } else {
                SYSTEM_WORK.set(before);
            }
        }
    }

    /**
     * @return the widest scope of {@code actor}'s Neiqin roles (and {@code admin}): every record as soon as one of them
     *         is not narrowed; a role narrowed by a word the file does not know sees only its own records
     */
    public RecordScope scopeOf(Actor actor) {
        RecordScope widest = null;
        for (String role : actor.roles()) {
            if (!Roles.ALL.contains(role) && !"admin".equals(role)) {
                continue;
            }
            Set<String> words = words(config.get(SCOPE + role));
            RecordScope s;
            if (words.isEmpty() || words.contains("all")) {
                s = RecordScope.ALL;
            } else {
                Person p = people.person(actor.name());
                // the login and the name the people file gives (the same when it gives none)
                s = RecordScope.of(words.contains("own") || !words.contains("region")
                        ? Set.copyOf(java.util.List.of(p.login(), p.name())) : Set.of(),
                        words.contains("region") ? p.region() : null);
            }
            widest = widest == null ? s : widest.or(s);
        }
        return widest == null ? RecordScope.ALL : widest;
    }

    /** @return the words of a {@code scope.<role>} line, checked by {@code neiqin:check}: all, own, region */
    public static Set<String> words(Object value) {
        return value == null ? Set.of() : Arrays.stream(value.toString().split(",")).map(String::trim)
                .filter(w -> !w.isEmpty()).map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    }

    /** @return the roles the configuration narrows, with their words */
    public Map<String, Set<String>> narrowed() {
        Map<String, Set<String>> out = new java.util.TreeMap<>();
        config.forEach((k, v) -> {
            if (k.startsWith(SCOPE)) {
                out.put(k.substring(SCOPE.length()), words(v));
            }
        });
        return out;
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
