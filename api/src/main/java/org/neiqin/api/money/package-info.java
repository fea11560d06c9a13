/**
 * Monetary amounts: a {@code BigDecimal} always paired with its currency.
 *
 * @since 0.1
 */
@Version("0.3.0")
package org.neiqin.api.money;

import org.osgi.annotation.versioning.Version;
