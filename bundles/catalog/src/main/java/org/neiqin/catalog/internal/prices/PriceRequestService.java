package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.catalog.CatalogEvents;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.CatalogStore;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductState;
import org.neiqin.catalog.internal.ProductView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceRequestView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Unit-price requests (单价申请): the office asks for a customer's price of a product (with the quantity and the
 * market prices seen), a manager decides in the review ({@code catalog.priceRequest}), and an approved price becomes
 * the customer's own in its price list for the days asked.
 */
@Component(service = PriceRequestService.class)
public class PriceRequestService {
    private final CatalogStore store;
    private final SecurityService security;
    private final ProductService products;
    private final PriceListService prices;
    private final ReviewService reviews;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    @Activate
    public PriceRequestService(@Reference CatalogStore store, @Reference SecurityService security,
            @Reference ProductService products, @Reference PriceListService prices, @Reference ReviewService reviews) {
        this.store = store;
        this.security = security;
        this.products = products;
        this.prices = prices;
        this.reviews = reviews;
    }

    /** Asks for the price; the request goes to a manager's review at once. */
    public PriceRequestView request(PriceRequestData data) {
        Actor actor = security.require(CatalogModule.PRICES);
        List<FieldError> errors = new ArrayList<>(Forms.check(data));
        errors.addAll(Forms.inCurrency(data, prices.currency()));
        LocalDate from = data.validFrom() == null ? store.today() : data.validFrom();
        if (data.validFrom() != null && data.validFrom().isBefore(store.today())) {
            errors.add(new FieldError("validFrom", "past", Text.of("catalog.request.past",
                    "a price is asked from today or later, not from {0}", data.validFrom())));
        }
        if (data.validTo() != null && data.validTo().isBefore(from)) {
            errors.add(new FieldError("validTo", "order", Text.of("catalog.request.order",
                    "valid to {0} is before valid from {1}", data.validTo(), from)));
        }
        ProductView product = null;
        if (data.productId() != null) {
            try {
                product = products.get(data.productId());
                if (product.state() != ProductState.ACTIVE) {
                    errors.add(new FieldError("productId", "discontinued", Text.of("catalog.request.discontinued",
                            "{0} {1} is discontinued: it is sold no more", product.data().code(), product.data().name())));
                }
            } catch (NotFoundException e) {
                errors.add(new FieldError("productId", "unknown", Text.of("catalog.request.noProduct",
                        "the catalogue has no product {0}", data.productId())));
            }
        }
        String customerName = data.customerId() == null ? null : customerName(data.customerId(), errors);
        Forms.require(errors);
        ProductView p = product;
        return store.write(em -> {
            PriceRequestEntity e = new PriceRequestEntity();
            e.customerId = data.customerId();
            e.customerName = customerName;
            e.productId = p.id();
            e.productCode = p.data().code();
            e.productName = p.data().name();
            e.unit = p.data().unit();
            e.quantity = data.quantity();
            e.price = data.price().amount();
            e.currency = prices.currency();
            e.marketPrices = data.marketPrices().trim();
            e.validFrom = from;
            e.validTo = data.validTo();
            e.note = Forms.trimmed(data.note());
            e.state = PriceRequestState.REQUESTED;
            store.create(em, e, actor);
            store.audit(em, CatalogModule.PRICE_REQUEST, e.id, AuditAction.CREATE, null, Forms.filled(data));
            ReviewRef.of(CatalogModule.REVIEW_PRICE_REQUEST, e.id).submit(reviews, Text.of("catalog.request.review.title",
                    "Unit price for {0}: {1} {2} at {3} {4}", e.customerName, e.productCode, e.productName,
                    e.price.toPlainString(), e.currency), data.quantity() == null ? null
                    : Money.of(e.price.multiply(data.quantity()), e.currency));
            return view(e);
        });
    }

    /** @return the customer's name as its file says, or its number without the customer files */
    private String customerName(long id, List<FieldError> errors) {
        CustomerDirectory directory = customers;
        if (directory == null) {
            return "#" + id;
        }
        java.util.Optional<CustomerSummary> c = directory.find(id);
        if (c.isEmpty()) {
            errors.add(new FieldError("customerId", "unknown", Text.of("catalog.request.noCustomer",
                    "there is no customer {0}", id)));
            return null;
        }
        return c.get().code() + " " + c.get().fullName();
    }

    void approved(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            PriceRequestEntity e = Store.find(em, PriceRequestEntity.class, ReviewRef.of(review).record(), "price request");
            long[] granted = grant(em, e, actor);
            e.listId = granted[0];
            e.listVersion = (int) granted[1];
            store.move(em, CatalogModule.PRICE_REQUEST, e, PriceRequestState.APPROVED, actor, null,
                    java.util.Map.of("list", e.listId, "version", e.listVersion));
        });
    }

    void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            PriceRequestEntity e = Store.find(em, PriceRequestEntity.class, ReviewRef.of(review).record(), "price request");
            store.move(em, CatalogModule.PRICE_REQUEST, e, PriceRequestState.REJECTED, actor, ReviewRef.reason(review));
        });
    }

    /**
     * An approved unit-price request: the price becomes the customer's own, in a new version of the customer's list
     * (made for it when there is none), in force today, holding the latest version's prices but this product's on the
     * request's days. The request's approval was the review.
     *
     * @return the list and the version number the price went into
     * @throws ConflictException when the customer's list has a version in preparation or review (it would drop the
     *         price when approved): finish it first
     */
    private long[] grant(EntityManager em, PriceRequestEntity r, Actor actor) {
        PriceListEntity list = em.createQuery("select l from PriceListEntity l where l.customerId = :c", PriceListEntity.class)
                .setParameter("c", r.customerId).getResultList().stream().findFirst().orElse(null);
        if (list == null) {
            list = new PriceListEntity();
            list.code = "C" + r.customerId;
            list.name = r.customerName.length() > 100 ? r.customerName.substring(0, 100) : r.customerName;
            list.customerId = r.customerId;
            list.currency = r.currency;
            store.create(em, list, actor);
            store.audit(em, CatalogModule.PRICE_LIST, list.id, AuditAction.CREATE, null, Map.of("code", list.code,
                    "name", list.name, "request", r.id));
        }
        List<PriceVersionEntity> versions = PriceRows.versions(em, list.id);
        PriceRows.requireNoneOpen(list, versions);
        PriceVersionEntity v = PriceRows.start(store, em, list, versions, store.today(), PriceVersionState.APPROVED,
                "#" + r.id, actor);
        PriceEntryData granted = new PriceEntryData(r.productId, Money.of(r.price, r.currency), r.validFrom, r.validTo);
        int line = versions.isEmpty() ? 1 : PriceRows.copy(store, em, versions.get(0).id, v.id, from -> !(from.productId
                .equals(r.productId) && PriceRules.overlap(granted, new PriceEntryData(from.productId, null, from.validFrom,
                from.validTo))));
        PriceRows.add(store, em, v.id, line, r.productId, r.productCode, r.productName, r.unit, r.price, r.validFrom,
                r.validTo);
        store.audit(em, CatalogModule.PRICE_VERSION, v.id, AuditAction.CREATE, null, Map.of("list", list.code,
                "number", v.number, "effectiveFrom", v.effectiveFrom.toString(), "request", r.id,
                "entries", PriceRows.text(PriceRows.entries(em, v.id))));
        store.event(CatalogEvents.PRICE_VERSION_APPROVED, actor).with(CatalogEvents.LIST_ID, list.id)
                .with(CatalogEvents.LIST_CODE, list.code).with(CatalogEvents.VERSION, v.number)
                .with(CatalogEvents.EFFECTIVE_FROM, v.effectiveFrom.toString()).publish();
        return new long[] {list.id, v.number};
    }

    public PriceRequestView get(long id) {
        security.require(CatalogModule.READ);
        return store.read(em -> view(Store.find(em, PriceRequestEntity.class, id, "price request")));
    }

    /** @return the requests in a state (all without one), newest first */
    public List<PriceRequestView> list(PriceRequestState state) {
        security.require(CatalogModule.READ);
        return store.read(em -> (state == null
                ? em.createQuery("select r from PriceRequestEntity r order by r.id desc", PriceRequestEntity.class)
                : em.createQuery("select r from PriceRequestEntity r where r.state = :s order by r.id desc",
                        PriceRequestEntity.class).setParameter("s", state))
                .setMaxResults(500).getResultList().stream().map(PriceRequestService::view).toList());
    }

    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(CatalogModule.PRICE_REQUEST, id);
    }

    private static PriceRequestView view(PriceRequestEntity e) {
        return new PriceRequestView(e.id, e.version, e.state, e.customerId, e.customerName, e.productId, e.productCode,
                e.productName, e.unit, e.quantity, Money.of(e.price, e.currency), e.marketPrices, e.validFrom, e.validTo,
                e.note, e.listId, e.listVersion, e.stamps.createdAt(), e.stamps.createdBy(), e.stamps.updatedAt(),
                e.stamps.updatedBy());
    }
}
