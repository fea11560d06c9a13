/**
 * Deliveries (发货/物流) as other modules see them: the delivery notes of an order or contract and
 * what was delivered of each of its lines ({@link org.neiqin.api.logistics.DeliveryService}), and
 * the events a note raises on its way ({@link org.neiqin.api.logistics.LogisticsEvents}). Offered
 * by the {@code neiqin-logistics} feature; invoicing bills what these report as delivered.
 *
 * @since 0.1
 */
@Version("0.1.0")
package org.neiqin.api.logistics;

import org.osgi.annotation.versioning.Version;
