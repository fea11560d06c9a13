package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Invoice requests (开票申请) being prepared: drawn from the lines of an order or contract in force, each line checked
 * against the line it bills — product, specification and unit price as the order says, the quantity no more than
 * what is left to bill — and given its VAT; sent for review; withdrawn. The review's outcome comes back here.
 */
@Component(service = InvoiceDrafts.class)
public class InvoiceDrafts {
    /** What an order or contract of sale is: the documents invoices bill. */
    static final Set<DocumentKind> BILLED = Set.of(DocumentKind.ORDER, DocumentKind.SALES_CONTRACT,
            DocumentKind.DISTRIBUTION_AGREEMENT);

    private final InvoicingStore store;
    private final SecurityService security;
    private final ContractLedger ledger;
    private final Billing billing;
    private final InvoicingSettings settings;
    private final ReviewService reviews;
    @Reference
    private org.neiqin.api.crm.CustomerDirectory customers;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Catalog catalog;

    @Activate
    public InvoiceDrafts(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference ContractLedger ledger, @Reference Billing billing, @Reference InvoicingSettings settings,
            @Reference ReviewService reviews) {
        this.store = store;
        this.security = security;
        this.ledger = ledger;
        this.billing = billing;
        this.settings = settings;
        this.reviews = reviews;
    }

    /**
     * A new request for some lines of an order or contract in force.
     *
     * @throws ValidationException (400) naming every field that is wrong, the lines' as {@code lines[i].field}
     * @throws FieldConflictException (409 {@code remaining}) for a quantity over what is left to bill
     */
    public InvoiceView create(InvoiceData data, List<InvoiceLineData> lines) {
        Actor actor = security.require(InvoicingModule.WRITE);
        List<FieldError> errors = new ArrayList<>(Forms.check(body(data)));
        List<InvoiceLineData> rows = lines == null ? List.of() : lines;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                errors.add(new FieldError("lines[" + i + "]", "required", "line " + (i + 1) + " is empty"));
                continue;
            }
            for (FieldError e : Forms.check(rows.get(i))) {
                errors.add(new FieldError("lines[" + i + "]." + e.field(), e.rule(), e.text()));
            }
        }
        if (rows.isEmpty()) {
            errors.add(new FieldError("lines", "required", Text.of("invoicing.lines.required",
                    "an invoice bills at least one line")));
        }
        Forms.require(errors);
        ContractDocument doc = billedDocument(data.documentId());
        // an invoice keeps the document's salesperson and region: one the caller would not see is not written
        Forms.require(org.neiqin.kit.query.Scopes.problems(security.scope(), doc.salesperson(), doc.region(), "invoices"));
        java.time.LocalDate today = store.today();
        Map<Long, Set<BigDecimal>> corrected = store.read(em -> PriceCorrections.approved(em, doc.id()));
        List<InvoiceLineEntity> made = new RequestLineCheck(settings, catalog, today, corrected).lines(doc, rows, errors);
        Forms.require(errors);
        billing.ensureLock(doc.id());
        boolean monthly = customers.creditTerms(doc.customerId()).paymentTerms()
                == org.neiqin.api.crm.PaymentTerms.MONTHLY_SETTLEMENT;
        return store.write(em -> {
            billing.lock(em, doc.id());
            if (monthly) {
                StatementRecords.requireSignedStatement(em, doc.customerId(), doc.customerName(), today);
            }
            Map<Long, Billing.Billable> left = new HashMap<>();
            billing.billable(em, doc).forEach(b -> left.put(b.line().id(), b));
            List<FieldError> over = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                Billing.Billable b = left.get(made.get(i).lineKey);
                if (made.get(i).quantity.compareTo(b.left()) > 0) {
                    over.add(new FieldError("lines[" + i + "].quantity", "remaining", Text.of("invoicing.quantity.over",
                            "line {0} ({1}): only {2} {3} left to invoice ({4} {5}, invoiced {6})", b.line().lineNo(),
                            b.line().product(), plain(b.left()), b.line().unit(), b.delivered() ? "delivered" : "ordered",
                            plain(b.base()), plain(b.invoiced()))));
                }
            }
            if (!over.isEmpty()) {
                throw new FieldConflictException("remaining", over);
            }
            List<InvoiceSplit.Line> toPlace = new ArrayList<>();
            for (int i = 0; i < made.size(); i++) {
                toPlace.add(new InvoiceSplit.Line(i, made.get(i).quantity, made.get(i).unitPrice, made.get(i).taxRate));
            }
            List<List<InvoiceSplit.Line>> parts = InvoiceSplit.parts(toPlace, settings.maxInvoiceTotal(),
                    settings.maxInvoiceLines(), settings.pricesIncludeTax());
            InvoiceEntity first = null;
            for (int k = 0; k < parts.size(); k++) {
                List<InvoiceLineEntity> partLines = new ArrayList<>();
                for (InvoiceSplit.Line placed : parts.get(k)) {
                    partLines.add(RequestLines.part(made.get(placed.source()), placed.quantity(), partLines.size() + 1,
                            settings.pricesIncludeTax()));
                }
                InvoiceEntity e = draft(em, doc, data, partLines, actor);
                if (parts.size() > 1) {
                    e.splitGroup = first == null ? e.id : first.id;
                    e.splitPart = k + 1;
                    e.splitParts = parts.size();
                }
                Map<String, Object> facts = new java.util.LinkedHashMap<>(Forms.filled(data));
                facts.put("documentNumber", doc.number());
                facts.put("total", Money.of(e.total, e.currency).toString());
                if (parts.size() > 1) {
                    facts.put("splitPart", (k + 1) + "/" + parts.size());
                }
                store.audit(em, InvoicingModule.ENTITY, e.id, AuditAction.CREATE, null, facts);
                first = first == null ? e : first;
            }
            InvoiceEntity e = first;
            return InvoiceReader.view(em, e);
        });
    }

    /** @return a new draft of the document with {@code lines}, its VAT totals their sums */
    private InvoiceEntity draft(javax.persistence.EntityManager em, ContractDocument doc, InvoiceData data,
            List<InvoiceLineEntity> lines, Actor actor) {
        InvoiceEntity e = new InvoiceEntity();
        e.state = InvoiceState.DRAFT;
        e.documentId = doc.id();
        e.documentNumber = doc.number();
        e.customerId = doc.customerId();
        e.customerName = doc.customerName();
        e.salesperson = doc.salesperson();
        e.region = doc.region();
        e.invoiceType = data.invoiceType();
        e.medium = data.medium();
        e.taxIncluded = settings.pricesIncludeTax();
        e.currency = doc.total().currency().getCurrencyCode();
        e.note = Forms.trimmed(data.note());
        RequestLines.save(store, em, e, lines, actor);
        return e;
    }

    /** Sends a request for review (it must still agree with its order: the order may have been amended). */
    public InvoiceView submit(long id, int version) {
        Actor actor = security.require(InvoicingModule.WRITE);
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            if (e.creditOf != null) {
                // a credit note takes back what an invoice billed: it is checked against that invoice when made
                store.move(em, InvoicingModule.ENTITY, e, InvoiceState.IN_REVIEW, actor, null);
                ReviewRef.of(InvoicingModule.REVIEW, e.id).submit(reviews, Text.of("invoicing.review.credit",
                        "Credit note for {0} — {1} — {2}", e.documentNumber, e.customerName, Money.of(e.total,
                                e.currency).toString()), Money.of(e.total.abs(), e.currency));
                return InvoiceReader.view(em, e);
            }
            ContractDocument doc = billedDocument(e.documentId);
            Map<Long, ContractLine> byKey = new HashMap<>();
            doc.lines().forEach(l -> byKey.put(l.id(), l));
            List<FieldError> changed = new ArrayList<>();
            Map<Long, Set<BigDecimal>> corrected = PriceCorrections.approved(em, e.documentId);
            for (InvoiceLineEntity l : InvoiceReader.lines(em, e.id)) {
                ContractLine now = byKey.get(l.lineKey);
                if (now == null || !Objects.equals(now.product(), l.product) || !Objects.equals(now.spec(), l.spec)
                        || now.unitPrice().amount().compareTo(l.unitPrice) != 0 && !corrected.getOrDefault(l.lineKey,
                                Set.of()).contains(l.unitPrice.stripTrailingZeros())) {
                    changed.add(new FieldError("lines[" + (l.lineNo - 1) + "]", "changed", Text.of("invoicing.line.changed",
                            "line {0} ({1}) no longer agrees with {2} as it is now: withdraw the request and make it again",
                            l.lineNo, l.product, doc.number())));
                }
            }
            if (!changed.isEmpty()) {
                throw new FieldConflictException("changed", changed);
            }
            store.move(em, InvoicingModule.ENTITY, e, InvoiceState.IN_REVIEW, actor, null);
            ReviewRef.of(InvoicingModule.REVIEW, e.id).submit(reviews, Text.of("invoicing.review.title",
                    "Invoice for {0} — {1} — {2}", e.documentNumber, e.customerName, Money.of(e.total, e.currency)
                            .toString()), Money.of(e.total, e.currency));
            return InvoiceReader.view(em, e);
        });
    }

    /** Withdraws a request not yet issued, with the reason: what it billed is free to bill again. */
    public InvoiceView cancel(long id, int version, String reason) {
        Actor actor = security.require(InvoicingModule.WRITE);
        Forms.require(Forms.check(new Reason(reason)));
        return store.write(em -> {
            InvoiceEntity e = InvoiceReader.visible(em, id, version, security.scope());
            store.move(em, InvoicingModule.ENTITY, e, InvoiceState.CANCELLED, actor, reason.trim());
            return InvoiceReader.view(em, e);
        });
    }

    /** Why a request is withdrawn or an invoice credited, checked as every text is. */
    public record Reason(@org.neiqin.kit.form.Spec(max = 500, required = true) String reason) {
    }

    /** @return the order or contract of sale in force that a request bills */
    public ContractDocument billedDocument(Long id) {
        ContractDocument doc = ledger.find(id).orElseThrow(() -> new ValidationException("documentId", "unknown",
                Text.of("invoicing.document.unknown", "there is no order or contract {0}", id)));
        if (!BILLED.contains(doc.kind()) || doc.state() != DocumentState.EFFECTIVE) {
            throw new ConflictException("not-billable", Text.of("invoicing.document.notBillable",
                    "{0} is a {1} in state {2}: invoices bill orders and contracts of sale in force", doc.number(),
                    doc.kind(), doc.state()));
        }
        return doc;
    }

    /** @return a quantity or rate as people write it: 2.5, not 2.5000 */
    public static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }

    private static <T> T body(T t) {
        if (t == null) {
            throw new ValidationException("body", "required", Text.of("invoicing.body.required",
                    "the invoice request is required"));
        }
        return t;
    }
}
