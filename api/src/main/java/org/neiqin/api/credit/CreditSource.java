package org.neiqin.api.credit;

import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by a module whose documents leave a customer owing money (contracts: orders and
 * contracts in force, less what was paid on them; invoicing: invoices outstanding). Summed by the
 * {@link CreditService} for every credit check and for the customer card.
 *
 * <p>Answered with no regard to the current user's permissions: a credit check made by a reviewer
 * who may not read the module's documents must still see what they owe. The sum is made in the
 * module's own database query, never by building its documents one by one.
 *
 * @since 0.1
 */
@ConsumerType
public interface CreditSource {
    /** @return what the customer owes on this module's documents in {@code currency}; zero when nothing */
    Money owed(long customerId, String currency);
}
