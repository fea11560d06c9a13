/**
 * The product catalogue as other modules read it (module {@code catalog}): products by id, code or search.
 *
 * @since 0.3
 */
@Version("0.3.0")
package org.neiqin.api.catalog;

import org.osgi.annotation.versioning.Version;
