/**
 * The exceptions every Neiqin service throws for bad input, missing things, stale versions and refused access; the REST and console toolkits turn them into the same answers everywhere.
 *
 * @since 0.1
 */
@Version("0.3.0")
package org.neiqin.api.error;

import org.osgi.annotation.versioning.Version;
