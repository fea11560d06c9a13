package org.neiqin.api.logistics;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The delivery notes of orders and contracts, read from the notes and returns each time (never a
 * copy). Calls are authorised as the current actor: the caller needs {@code logistics.read}.
 *
 * @since 0.1
 */
@ProviderType
public interface DeliveryService {
    /** @return the delivery notes of an order or contract (every revision), oldest first; none when it has none */
    List<Delivery> ofDocument(long documentId);

    /**
     * @return what was delivered of each line of an order or contract that has goods on a note that
     *         left: quantity less accepted returns, and its value at the line's price
     */
    List<LineDelivered> delivered(long documentId);
}
