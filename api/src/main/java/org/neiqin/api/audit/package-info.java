/**
 * The append-only, hash-chained audit trail.
 *
 * @since 0.1
 */
@Version("0.3.0")
package org.neiqin.api.audit;

import org.osgi.annotation.versioning.Version;
