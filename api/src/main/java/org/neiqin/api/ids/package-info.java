/**
 * Ids for new rows of a module's tables, handed out from blocks without waiting for other
 * transactions.
 *
 * @since 0.1
 */
@Version("0.2.0")
package org.neiqin.api.ids;

import org.osgi.annotation.versioning.Version;
