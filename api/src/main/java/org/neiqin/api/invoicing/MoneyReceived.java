package org.neiqin.api.invoicing;

import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Money received from customers as invoicing recorded it (offered when {@code neiqin-invoicing} is installed). Read with
 * no regard to the current user's permissions: the payment gate shows it to finance, who signs.
 *
 * @since 0.1
 */
@ProviderType
public interface MoneyReceived {
    /**
     * @return what the customer has paid in {@code currency} and is not yet matched to an invoice (advances, 预收):
     *         the money a prepaid delivery waits for; zero when none
     */
    Money onAccount(long customerId, String currency);

    /** @return the day the customer's latest money was received, or {@code null} when none ever was */
    java.time.LocalDate lastReceived(long customerId);
}
