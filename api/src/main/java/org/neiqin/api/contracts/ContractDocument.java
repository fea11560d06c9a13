package org.neiqin.api.contracts;

import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * An order, contract or quotation as other modules see it (the revision in force).
 *
 * @param id the document's id
 * @param kind what it is
 * @param number its company number once in force ({@code null} before)
 * @param state where it stands
 * @param customerId the counterparty's id in the customer directory
 * @param customerName the counterparty's full name as the document states it
 * @param salesperson the salesperson responsible
 * @param region the region code used in its number and statistics
 * @param documentDate order or signing date
 * @param deliveryDate agreed delivery date
 * @param revision 1 for the original, +1 per approved amendment or quotation revision
 * @param total the sum of the line amounts
 * @param lines the lines, in order
 * @param deliveryAddress where the goods go, as the document says (since 0.5)
 * @param contact the customer's contact for the delivery (since 0.5)
 * @param phone the contact's phone (since 0.5)
 * @since 0.1
 */
public record ContractDocument(long id, DocumentKind kind, String number, DocumentState state, long customerId,
        String customerName, String salesperson, String region, LocalDate documentDate, LocalDate deliveryDate,
        int revision, Money total, List<ContractLine> lines, String deliveryAddress, String contact, String phone) {
    public ContractDocument {
        lines = List.copyOf(lines);
    }

    /** A document without its delivery address and contact. */
    public ContractDocument(long id, DocumentKind kind, String number, DocumentState state, long customerId,
            String customerName, String salesperson, String region, LocalDate documentDate, LocalDate deliveryDate,
            int revision, Money total, List<ContractLine> lines) {
        this(id, kind, number, state, customerId, customerName, salesperson, region, documentDate, deliveryDate,
                revision, total, lines, null, null, null);
    }
}
