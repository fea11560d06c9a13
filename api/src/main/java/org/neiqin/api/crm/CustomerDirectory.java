package org.neiqin.api.crm;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The customer files as other modules see them. Calls are authorised as the current actor: the
 * caller needs the permission {@code crm.customer.read}.
 *
 * @since 0.1
 */
@ProviderType
public interface CustomerDirectory {
    /**
     * The name of crm's {@link org.neiqin.api.console.Lookup} of customers, for a form field that chooses
     * a customer by searching code or name ({@code Field.lookup(…, CustomerDirectory.LOOKUP, …)}).
     *
     * @since 0.5
     */
    String LOOKUP = "customer";

    Optional<CustomerSummary> find(long id);

    /** @return customers whose code, full or short name contains {@code text}, at most {@code limit}. */
    List<CustomerSummary> search(String text, int limit);

    /** @throws org.neiqin.api.error.NotFoundException if there is no such customer */
    CreditTerms creditTerms(long id);

    /** @throws org.neiqin.api.error.NotFoundException if there is no such customer */
    CustomerSnapshot snapshot(long id);

    /**
     * @return the licences and certificates on the customer's file, those expiring first first
     * @throws org.neiqin.api.error.NotFoundException if there is no such customer
     * @since 0.2
     */
    List<LicenceOnFile> licences(long id);

    /**
     * @return where mail to the customer goes (an overdue letter, a statement of account): the first contact's
     *         e-mail, else the one on the file; empty when the file has none
     * @throws org.neiqin.api.error.NotFoundException if there is no such customer
     * @since 0.6
     */
    Optional<String> mailAddress(long id);

    /**
     * Opens a customer file for a party another module knows, or returns the one opened before for the same
     * {@link NewCustomer#origin()}. Needs {@code crm.customer.write}. Joins the caller's transaction, so a caller that
     * fails after it leaves no file behind.
     *
     * @return the file
     * @throws org.neiqin.api.error.ValidationException when the facts do not make a valid card (the fields named as on
     *         the card)
     * @since 0.7
     */
    CustomerSummary open(NewCustomer customer);
}
