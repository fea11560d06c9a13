/**
 * Reading a module's {@code etc/*.cfg} values as their authors wrote them.
 *
 * @since 0.1 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package org.neiqin.kit.config;
