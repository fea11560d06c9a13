package org.neiqin.api.credit;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer's credit: what the installed modules report owed ({@link CreditSource}), and the one
 * credit rule every check applies. Offered by the module that keeps the customer's credit terms
 * (crm). Read with no regard to the current user's permissions.
 *
 * @since 0.1
 */
@ProviderType
public interface CreditService {
    /**
     * @return the credit terms on the customer's file as they are now (a release step applies the terms
     *         in force on its day, not those a document copied when it was made)
     * @throws org.neiqin.api.error.NotFoundException if there is no such customer
     */
    CreditTerms terms(long customerId);

    /** @return what the customer owes in {@code currency}, summed over every {@link CreditSource} */
    Money owed(long customerId, String currency);

    /**
     * @param amount what is to be added: a document's total, or a delivery's value when the document is
     *        already counted in what is owed (then zero)
     * @return the customer's terms and limit against what is owed plus {@code amount}
     * @throws org.neiqin.api.error.NotFoundException if there is no such customer
     */
    CreditCheck check(long customerId, Money amount);

    /**
     * @return why the customer is on credit stop (every {@link CreditStop}'s reasons together), empty when not
     * @since 0.2
     */
    java.util.Optional<org.neiqin.api.error.Text> stop(long customerId);
}
