package org.neiqin.api.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Who is calling and what they may do. The caller is found the same way for every entry point:
 * the REST and console toolkits and Karaf's shell all run the call as the authenticated JAAS
 * subject, so a service only asks here.
 *
 * @since 0.1
 */
@ProviderType
public interface SecurityService {

    /** @return the caller, if the call is authenticated. */
    Optional<Actor> currentActor();

    /**
     * @return the caller if it holds {@code permission}.
     * @throws org.neiqin.api.error.AccessDeniedException if nobody is logged in or the caller lacks it
     */
    Actor require(String permission);

    /** @return whether {@code actor} holds {@code permission} under the current configuration. */
    boolean isPermitted(Actor actor, String permission);

    /**
     * @return the records the caller sees and changes: {@link RecordScope#ALL} for the system, for work without a
     *         caller and for a caller none of whose roles the configuration narrows
     * @since 0.4
     */
    RecordScope scope();

    /** Runs {@code work} as {@code actor} on this thread (toolkits, demo data, tests). */
    <T> T runAs(Actor actor, Supplier<T> work);
}
