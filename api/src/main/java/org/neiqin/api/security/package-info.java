/**
 * Who is calling (an {@link org.neiqin.api.security.Actor} with Karaf JAAS roles) and what they may do. Authorisation is enforced in services, so REST, console and shell obey the same rules.
 *
 * @since 0.1
 */
@Version("0.4.0")
package org.neiqin.api.security;

import org.osgi.annotation.versioning.Version;
