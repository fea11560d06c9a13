/**
 * What invoicing tells other modules about money: what a customer has paid and not yet had matched to an invoice
 * (预收), which logistics shows finance at the payment gate of a prepaid delivery.
 *
 * @since 0.3
 */
@Version("0.1.0")
package org.neiqin.api.invoicing;

import org.osgi.annotation.versioning.Version;
