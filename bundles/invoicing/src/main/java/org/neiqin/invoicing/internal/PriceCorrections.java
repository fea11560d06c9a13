package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Price corrections (价格更正): the office asks, with a reason, to bill an order line at another unit price; a manager
 * approves it in the review inbox ({@code invoicing.priceCorrection}); then a request may bill the line at that price,
 * and only then (开票前核对单价: every other price than the order's is refused).
 */
@Component(service = PriceCorrections.class)
public class PriceCorrections {
    /** Audit entity of a price correction. */
    public static final String ENTITY = "invoicing.priceCorrection";

    private final InvoicingStore store;
    private final SecurityService security;
    private final InvoiceDrafts drafts;
    private final ReviewService reviews;

    @Activate
    public PriceCorrections(@Reference InvoicingStore store, @Reference SecurityService security,
            @Reference InvoiceDrafts drafts, @Reference ReviewService reviews) {
        this.store = store;
        this.security = security;
        this.drafts = drafts;
        this.reviews = reviews;
    }

    /** Asks for a correction of a line of an order or contract in force; it goes to a manager's review. */
    public PriceCorrectionView request(PriceCorrectionData data) {
        Actor actor = security.require(InvoicingModule.WRITE);
        if (data == null) {
            throw new ValidationException("body", "required", Text.of("invoicing.correction.required",
                    "the correction's order, line, price and reason are required"));
        }
        Forms.require(Forms.check(data));
        ContractDocument doc = drafts.billedDocument(data.documentId());
        ContractLine line = doc.lines().stream().filter(l -> l.id() == data.lineKey()).findFirst().orElseThrow(() ->
                new ValidationException("lineKey", "unknown", Text.of("invoicing.line.unknown", "{0} has no line {1}",
                        doc.number(), data.lineKey())));
        List<FieldError> errors = new java.util.ArrayList<>(Forms.inCurrency(data, doc.total().currency()
                .getCurrencyCode()));
        if (errors.isEmpty() && data.unitPrice().amount().compareTo(line.unitPrice().amount()) == 0) {
            errors.add(new FieldError("unitPrice", "same", Text.of("invoicing.correction.same",
                    "line {0} ({1}) is at {2} already: nothing to correct", line.lineNo(), line.product(),
                    line.unitPrice().amount().toPlainString())));
        }
        Forms.require(errors);
        return store.write(em -> {
            PriceCorrectionEntity e = new PriceCorrectionEntity();
            e.state = PriceCorrectionEntity.State.REQUESTED;
            e.documentId = doc.id();
            e.documentNumber = doc.number();
            e.lineKey = line.id();
            e.lineNo = line.lineNo();
            e.product = line.product();
            e.orderPrice = line.unitPrice().amount();
            e.unitPrice = data.unitPrice().amount();
            e.currency = line.unitPrice().currency().getCurrencyCode();
            e.reason = data.reason().trim();
            store.create(em, e, actor);
            store.audit(em, ENTITY, e.id, AuditAction.CREATE, null, Map.of("documentNumber", e.documentNumber,
                    "lineNo", e.lineNo, "orderPrice", e.orderPrice.toPlainString(), "unitPrice",
                    e.unitPrice.toPlainString(), "reason", e.reason));
            ReviewRef.of(InvoicingModule.PRICE_CORRECTION, e.id).submit(reviews, Text.of("invoicing.correction.title",
                    "Price correction: {0} line {1} ({2}) {3} → {4} — {5}", e.documentNumber, e.lineNo, e.product,
                    e.orderPrice.toPlainString(), e.unitPrice.toPlainString(), e.reason), Money.of(e.unitPrice,
                            e.currency));
            return view(e);
        });
    }

    /** @return the corrections of an order or contract, the latest first */
    public List<PriceCorrectionView> of(long documentId) {
        security.require(InvoicingModule.READ);
        return store.read(em -> em.createQuery("select c from PriceCorrectionEntity c where c.documentId = :d order by"
                + " c.id desc", PriceCorrectionEntity.class).setParameter("d", documentId).getResultList().stream()
                .map(PriceCorrections::view).toList());
    }

    /** @return the unit prices a manager approved for each line of a document, by line key */
    static Map<Long, Set<BigDecimal>> approved(EntityManager em, long documentId) {
        Map<Long, Set<BigDecimal>> out = new HashMap<>();
        for (PriceCorrectionEntity c : em.createQuery("select c from PriceCorrectionEntity c where c.documentId = :d and"
                + " c.state = :approved", PriceCorrectionEntity.class).setParameter("d", documentId)
                .setParameter("approved", PriceCorrectionEntity.State.APPROVED).getResultList()) {
            out.computeIfAbsent(c.lineKey, k -> new HashSet<>()).add(c.unitPrice.stripTrailingZeros());
        }
        return out;
    }

    static PriceCorrectionView view(PriceCorrectionEntity e) {
        return new PriceCorrectionView(e.id, e.version, e.state, e.documentId, e.documentNumber, e.lineKey, e.lineNo,
                e.product, Money.of(e.orderPrice, e.currency), Money.of(e.unitPrice, e.currency), e.reason,
                e.stamps.createdBy(), e.stamps.createdAt());
    }
}
