/**
 * The checks a module's REST resource makes on a request before its service sees it.
 *
 * @since 0.1 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.neiqin.kit.rest;
