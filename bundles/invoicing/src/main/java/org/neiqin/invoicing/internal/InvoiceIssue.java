package org.neiqin.invoicing.internal;

import java.time.LocalDate;
import java.util.Map;

import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSnapshot;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Finance issues a reviewed invoice: its number from core's numbering (gapless, in the issuing transaction), the
 * buyer's billing data as the customer file holds it that day (kept as it was), the day it is due from the customer's
 * payment terms; then records the tax platform's official number and date. An issued invoice is never edited.
 */
@Component(service = InvoiceIssue.class)
public class InvoiceIssue {
    /** Event topic of an invoice issued: {@code id}, {@code number}, {@code documentId}, {@code customerId}. */
    public static final String ISSUED = org.neiqin.api.invoicing.InvoicingEvents.ISSUED;

    private final InvoicingStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final CustomerDirectory customers;

    @Activate
    public InvoiceIssue(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference CustomerDirectory customers) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.customers = customers;
    }

    /** The tax platform's number and date of an issued invoice, as finance enters them. */
    public record Official(@Spec(required = true, max = 20) String officialNumber,
            @Spec(required = true, kind = Spec.Kind.DATE) LocalDate officialDate) {
    }

    public InvoiceView issue(long id, int version) {
        Actor actor = security.require(InvoicingModule.ISSUE);
        CustomerSnapshot buyer;
        CreditTerms terms;
        long customerId = store.read(em -> InvoiceReader.visible(em, id, security.scope()).customerId);
        buyer = customers.snapshot(customerId);
        terms = customers.creditTerms(customerId);
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            if (e.invoiceType == InvoiceType.SPECIAL && (buyer.taxNumber() == null || buyer.taxNumber().isBlank())) {
                throw new ConflictException("buyer-tax-number", Text.of("invoicing.issue.taxNumber",
                        "a special VAT invoice needs the buyer's tax number: {0}'s file has none", buyer.fullName()));
            }
            LocalDate today = store.today();
            store.move(em, InvoicingModule.ENTITY, e, InvoiceState.ISSUED, actor, null);
            if (e.creditOf == null) {
                e.openAmount = e.total;
            } else {
                // a credit note takes its (negative) total off what its invoice has open
                InvoiceEntity original = em.find(InvoiceEntity.class, e.creditOf,
                        javax.persistence.LockModeType.PESSIMISTIC_WRITE);
                original.openAmount = original.openAmount.add(e.total);
            }
            e.number = numbering.next(InvoicingModule.NUMBERING, today, Map.of());
            e.issuedOn = today;
            e.dueDate = terms.paymentTerms() == PaymentTerms.PREPAYMENT ? today : today.plusDays(terms.creditDays());
            e.buyerName = buyer.fullName();
            e.buyerTaxNumber = buyer.taxNumber();
            e.buyerAddress = buyer.address();
            e.buyerPhone = buyer.phone();
            e.buyerBank = buyer.bank();
            e.buyerAccount = buyer.bankAccount();
            store.audit(em, InvoicingModule.ENTITY, e.id, org.neiqin.api.audit.AuditAction.UPDATE, null,
                    Map.of("number", e.number, "issuedOn", today.toString(), "dueDate", e.dueDate.toString(),
                            "buyerName", e.buyerName));
            store.event(ISSUED, actor).with("id", e.id).with("number", e.number).with("documentId", e.documentId)
                    .with("customerId", e.customerId).publish();
            return InvoiceReader.view(em, e);
        });
    }

    /** Records the tax platform's number (8 to 20 digits) and date, not before the invoice was issued nor after today. */
    public InvoiceView official(long id, int version, Official data) {
        Actor actor = security.require(InvoicingModule.ISSUE);
        java.util.List<FieldError> errors = new java.util.ArrayList<>(Forms.check(data));
        if (data != null && data.officialNumber() != null && !data.officialNumber().trim().matches("[0-9]{8,20}")) {
            errors.add(new FieldError("officialNumber", "format", Text.of("invoicing.official.format",
                    "an official invoice number is 8 to 20 digits, not {0}", data.officialNumber())));
        }
        Forms.require(errors);
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            if (e.state != InvoiceState.ISSUED) {
                throw new ConflictException("not-issued", Text.of("invoicing.official.notIssued",
                        "invoice {0} is {1}: an official number is recorded for an issued invoice", e.reference(),
                        e.state));
            }
            if (data.officialDate().isBefore(e.issuedOn) || data.officialDate().isAfter(store.today())) {
                throw new org.neiqin.api.error.ValidationException("officialDate", "range", Text.of(
                        "invoicing.official.date", "the official date is from the day of issue ({0}) to today",
                        e.issuedOn));
            }
            Map<String, Object> before = new java.util.HashMap<>();
            before.put("officialNumber", java.util.Objects.toString(e.officialNumber, ""));
            e.officialNumber = data.officialNumber().trim();
            e.officialDate = data.officialDate();
            store.touch(e, actor);
            store.audit(em, InvoicingModule.ENTITY, e.id, org.neiqin.api.audit.AuditAction.UPDATE, before,
                    Map.of("officialNumber", e.officialNumber, "officialDate", e.officialDate.toString()));
            return InvoiceReader.view(em, e);
        });
    }
}
