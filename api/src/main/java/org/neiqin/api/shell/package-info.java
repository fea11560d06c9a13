/**
 * Helpers for modules' Karaf shell commands.
 *
 * @since 0.2
 */
@Version("0.1.0")
package org.neiqin.api.shell;

import org.osgi.annotation.versioning.Version;
