package org.neiqin.core.internal.rest;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.LoggerFactory;

/**
 * The permission gate of every REST operation: once the operation is matched, and before its body is read or any
 * record looked at, the caller must hold one of the permissions its {@link Requires} names, else 403
 * {@code forbidden} naming them in {@code permissions} (a caller without them learns nothing of the record or of
 * what is wrong with the body). An operation without {@code @Requires} is left to its service; the role matrix test
 * fails on it. A permission no installed module declares (nor the configuration) is not asked for: its module is
 * absent.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
public class PermissionFilter implements ContainerRequestFilter {
    private final SecurityServiceImpl security;
    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public PermissionFilter(@Reference SecurityServiceImpl security) {
        this.security = security;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Optional<String[]> needed = required(resourceInfo.getResourceMethod(), resourceInfo.getResourceClass());
        if (needed.isEmpty()) {
            return;
        }
        // a permission of a module that is not installed is not asked for: the service says what its absence means
        // (contracts' margins without the catalogue: 409 "install neiqin-catalog"), and nobody could hold it
        String[] any = java.util.Arrays.stream(needed.get()).filter(security::known).toArray(String[]::new);
        Optional<Actor> actor = security.currentActor();
        if (actor.isEmpty() || any.length == 0) {
            // every logged-in user (@Requires({}), or only absent modules' permissions); without a user the
            // login filter has answered 401 already
            return;
        }
        for (String permission : any) {
            if (security.isPermitted(actor.get(), permission)) {
                return;
            }
        }
        String detail = actor.get().name() + " lacks the permission " + String.join(" or ", any);
        LoggerFactory.getLogger(PermissionFilter.class).info("Refused a REST call (403 forbidden): {}", detail);
        Map<String, Object> problem = ProblemMapper.problem(403, "forbidden", detail);
        problem.put("permissions", List.of(any));
        request.abortWith(ProblemMapper.response(403, problem));
    }

    /** @return the permissions the operation declares: its own {@link Requires}, else its class's; none declared: empty */
    static Optional<String[]> required(Method method, Class<?> resource) {
        Requires own = method == null ? null : method.getAnnotation(Requires.class);
        Requires declared = own != null ? own : resource == null ? null : resource.getAnnotation(Requires.class);
        return declared == null ? Optional.empty() : Optional.of(declared.value());
    }
}
