/**
 * Reading what an administrator typed into {@code etc/*.cfg}.
 *
 * @since 0.1
 */
@Version("0.1.0")
package org.neiqin.api.config;

import org.osgi.annotation.versioning.Version;
