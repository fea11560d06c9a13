package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.catalog.CatalogEvents;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.CatalogStore;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductView;
import org.neiqin.catalog.internal.prices.PriceViews.EntryView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceListView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceStatus;
import org.neiqin.catalog.internal.prices.PriceViews.VersionSummary;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Price lists (价目表) and their versions: a list is entered once for its scope; each version is prepared as a draft
 * (its date of effect and prices), submitted to the supervisors' review, and, approved, is in force from its date and
 * never changes again — a correction is a new version, started from the last one's prices. The price a customer pays
 * on a day is read from the lists as {@link PriceRules} says.
 */
@Component(service = PriceListService.class)
public class PriceListService {
    private final CatalogStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;
    private final ProductService products;
    private final ReviewService reviews;

    @Activate
    public PriceListService(@Reference CatalogStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency, @Reference ProductService products, @Reference ReviewService reviews) {
        this.store = store;
        this.security = security;
        this.currency = currency;
        this.products = products;
        this.reviews = reviews;
    }

    /** @return the currency a new list's prices are in: the company's */
    public String currency() {
        return currency.code();
    }

    /** @return today on the company's clock */
    public LocalDate today() {
        return store.today();
    }

    public PriceListView createList(PriceListData data) {
        Actor actor = security.require(CatalogModule.PRICES);
        PriceListData d = normalised(data);
        Forms.require(Forms.check(d));
        return store.write(em -> {
            requireFree(em, d, null);
            PriceListEntity e = new PriceListEntity();
            Forms.copy(d, e);
            e.currency = currency.code();
            store.create(em, e, actor);
            store.audit(em, CatalogModule.PRICE_LIST, e.id, AuditAction.CREATE, null, Forms.filled(d));
            return view(em, e);
        });
    }

    /** Changes a list's name, scope or season at the version loaded; its versions stay as they are. */
    public PriceListView updateList(long id, int version, PriceListData data) {
        Actor actor = security.require(CatalogModule.PRICES);
        PriceListData d = normalised(data);
        Forms.require(Forms.check(d));
        return store.write(em -> {
            PriceListEntity e = Store.load(em, PriceListEntity.class, id, version, "price list");
            requireFree(em, d, e.id);
            Forms.Changes changes = Forms.changes(Forms.read(PriceListData.class, e), d);
            if (!changes.isEmpty()) {
                Forms.copy(d, e);
                store.touch(e, actor);
                store.audit(em, CatalogModule.PRICE_LIST, id, AuditAction.UPDATE, changes.before(), changes.after());
            }
            return view(em, e);
        });
    }

    public PriceListView getList(long id) {
        security.require(CatalogModule.READ);
        return store.read(em -> view(em, Store.find(em, PriceListEntity.class, id, "price list")));
    }

    /** @return every list, by code (a company has tens of them, not thousands) */
    public List<PriceListView> lists() {
        security.require(CatalogModule.READ);
        return store.read(em -> em.createQuery("select l from PriceListEntity l order by l.code", PriceListEntity.class)
                .setMaxResults(1000).getResultList().stream().map(l -> view(em, l)).toList());
    }

    /** A new draft version of the list, starting from the prices of its latest version and taking effect tomorrow. */
    public VersionView newVersion(long listId) {
        Actor actor = security.require(CatalogModule.PRICES);
        return store.write(em -> {
            PriceListEntity list = Store.find(em, PriceListEntity.class, listId, "price list");
            List<PriceVersionEntity> versions = PriceRows.versions(em, listId);
            PriceRows.requireNoneOpen(list, versions);
            PriceVersionEntity v = PriceRows.start(store, em, list, versions, store.today().plusDays(1),
                    PriceVersionState.DRAFT, null, actor);
            if (!versions.isEmpty()) {
                PriceRows.copy(store, em, versions.get(0).id, v.id, from -> true);
            }
            store.audit(em, CatalogModule.PRICE_VERSION, v.id, AuditAction.CREATE, null, Map.of("list", list.code,
                    "number", v.number, "effectiveFrom", v.effectiveFrom.toString()));
            return view(em, v, list);
        });
    }

    /** Changes a draft version's date of effect, note and prices at the version loaded. */
    public VersionView updateVersion(long id, int version, VersionHeader header, List<PriceEntryData> entries) {
        Actor actor = security.require(CatalogModule.PRICES);
        return store.write(em -> {
            PriceVersionEntity v = Store.load(em, PriceVersionEntity.class, id, version, "price list version");
            PriceListEntity list = Store.find(em, PriceListEntity.class, v.listId, "price list");
            requireDraft(v);
            List<FieldError> errors = new ArrayList<>(Forms.check(header));
            if (header.effectiveFrom() != null && header.effectiveFrom().isBefore(store.today())) {
                errors.add(pastDate(header.effectiveFrom()));
            }
            errors.addAll(PriceRules.check(entries, list.currency));
            Map<Long, ProductView> named = errors.isEmpty() ? products(entries, errors) : Map.of();
            Forms.require(errors);
            Map<String, Object> before = Map.of("effectiveFrom", v.effectiveFrom.toString(), "entries", PriceRows.text(PriceRows.entries(em, v.id)));
            em.createQuery("delete from PriceEntryEntity e where e.versionId = :v").setParameter("v", v.id).executeUpdate();
            for (int i = 0; i < entries.size(); i++) {
                PriceEntryData d = entries.get(i);
                ProductView p = named.get(d.productId());
                PriceRows.add(store, em, v.id, i + 1, p.id(), p.data().code(), p.data().name(), p.data().unit(),
                        d.price().amount(), d.validFrom(), d.validTo());
            }
            v.effectiveFrom = header.effectiveFrom();
            v.note = Forms.trimmed(header.note());
            store.touch(v, actor);
            Map<String, Object> after = Map.of("effectiveFrom", v.effectiveFrom.toString(), "entries",
                    PriceRows.text(PriceRows.entries(em, v.id)));
            if (!before.equals(after)) {
                store.audit(em, CatalogModule.PRICE_VERSION, v.id, AuditAction.UPDATE, before, after);
            }
            return view(em, v, list);
        });
    }

    /** Sends a draft to the supervisors' review; approved, it is in force from its date. */
    public VersionView submit(long id, int version) {
        Actor actor = security.require(CatalogModule.PRICES);
        return store.write(em -> {
            PriceVersionEntity v = Store.load(em, PriceVersionEntity.class, id, version, "price list version");
            PriceListEntity list = Store.find(em, PriceListEntity.class, v.listId, "price list");
            requireDraft(v);
            List<FieldError> errors = new ArrayList<>();
            if (v.effectiveFrom.isBefore(store.today())) {
                errors.add(pastDate(v.effectiveFrom));
            }
            if (PriceRows.entries(em, v.id).isEmpty()) {
                errors.add(new FieldError("entries", "required", Text.of("catalog.prices.entries.required",
                        "a version needs at least one price")));
            }
            Forms.require(errors);
            store.move(em, CatalogModule.PRICE_VERSION, v, PriceVersionState.IN_REVIEW, actor, null);
            ReviewRef.of(CatalogModule.REVIEW_PRICES, v.id).submit(reviews, Text.of("catalog.prices.review.title",
                    "Price list {0} ({1}), version {2}, in force from {3}", list.code, list.name, v.number,
                    v.effectiveFrom), null);
            return view(em, v, list);
        });
    }

    /** The review approved the version: it is in force from its date (today, if that day has passed meanwhile). */
    void approved(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            PriceVersionEntity v = Store.find(em, PriceVersionEntity.class, ReviewRef.of(review).record(),
                    "price list version");
            Map<String, Object> more = new LinkedHashMap<>();
            if (v.effectiveFrom.isBefore(store.today())) {
                // never in force on a day already gone: what was charged on it stays right
                v.effectiveFrom = store.today();
                more.put("effectiveFrom", v.effectiveFrom.toString());
            }
            store.move(em, CatalogModule.PRICE_VERSION, v, PriceVersionState.APPROVED, actor, null, more);
            store.event(CatalogEvents.PRICE_VERSION_APPROVED, actor).with(CatalogEvents.LIST_ID, v.listId)
                    .with(CatalogEvents.LIST_CODE, v.listCode).with(CatalogEvents.VERSION, v.number)
                    .with(CatalogEvents.EFFECTIVE_FROM, v.effectiveFrom.toString()).publish();
        });
    }

    /** The review rejected it: a draft again, with the reason in its history. */
    void rejected(Review review) {
        store.run(em -> {
            Actor actor = security.currentActor().orElse(Actor.SYSTEM);
            PriceVersionEntity v = Store.find(em, PriceVersionEntity.class, ReviewRef.of(review).record(),
                    "price list version");
            store.move(em, CatalogModule.PRICE_VERSION, v, PriceVersionState.DRAFT, actor, ReviewRef.reason(review));
        });
    }

    public VersionView getVersion(long id) {
        security.require(CatalogModule.READ);
        return store.read(em -> {
            PriceVersionEntity v = Store.find(em, PriceVersionEntity.class, id, "price list version");
            return view(em, v, Store.find(em, PriceListEntity.class, v.listId, "price list"));
        });
    }

    public List<AuditEntry> versionHistory(long id) {
        getVersion(id);
        return store.history(CatalogModule.PRICE_VERSION, id);
    }

    public List<AuditEntry> listHistory(long id) {
        getList(id);
        return store.history(CatalogModule.PRICE_LIST, id);
    }

    /** @return each product the entries name, refusing one the catalogue does not have (named at its entry) */
    private Map<Long, ProductView> products(List<PriceEntryData> entries, List<FieldError> errors) {
        Map<Long, ProductView> found = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Long id = entries.get(i).productId();
            if (found.containsKey(id)) {
                continue;
            }
            try {
                found.put(id, products.get(id));
            } catch (NotFoundException e) {
                errors.add(new FieldError("entries[" + i + "].productId", "unknown", Text.of("catalog.prices.entry.noProduct",
                        "price {0}: the catalogue has no product {1}", i + 1, id)));
            }
        }
        return found;
    }

    private static FieldError pastDate(LocalDate day) {
        return new FieldError("effectiveFrom", "past", Text.of("catalog.prices.effectiveFrom.past",
                "a version takes effect today or later, not on {0}: what was charged on a day gone stays as it was", day));
    }

    private static void requireDraft(PriceVersionEntity v) {
        if (v.state != PriceVersionState.DRAFT) {
            throw new ConflictException("not-draft", Text.of("catalog.prices.notDraft",
                    "{0} is {1}; only a draft changes — an approved version never does, a correction is a new version",
                    v.reference(), v.state));
        }
    }

    /** Refuses a code another list has, or a scope another list covers (409, the field named). */
    private static void requireFree(EntityManager em, PriceListData d, Long self) {
        for (PriceListEntity other : em.createQuery("select l from PriceListEntity l", PriceListEntity.class)
                .getResultList()) {
            if (other.id.equals(self)) {
                continue;
            }
            if (other.code.equalsIgnoreCase(d.code())) {
                throw new FieldConflictException("duplicate", List.of(new FieldError("code", "duplicate", Text.of(
                        "catalog.prices.code.duplicate", "another price list has the code {0}", d.code()))));
            }
            if (java.util.Objects.equals(other.customerId, d.customerId()) && other.grade == d.grade()
                    && (other.region == null ? d.region() == null : other.region.equalsIgnoreCase(String.valueOf(d.region())))) {
                throw new FieldConflictException("scope", List.of(new FieldError(d.customerId() != null ? "customerId"
                        : d.grade() != null ? "grade" : d.region() != null ? "region" : "code", "scope", Text.of(
                        "catalog.prices.scope.taken", "price list {0} is already for these customers; change its prices"
                                + " in a new version", other.code))));
            }
        }
    }

    private static PriceListData normalised(PriceListData d) {
        String region = Forms.trimmed(d.region());
        return new PriceListData(Forms.trimmed(d.code()), Forms.trimmed(d.name()), d.customerId(),
                d.customerId() != null ? null : d.grade(), d.customerId() != null || region == null ? null
                        : region.toUpperCase(java.util.Locale.ROOT), Forms.trimmed(d.season()), Forms.trimmed(d.note()));
    }

    private PriceStatus status(PriceVersionEntity v, Optional<PriceRules.Dated> inForce) {
        if (v.state == PriceVersionState.DRAFT) {
            return PriceStatus.DRAFT;
        }
        if (v.state == PriceVersionState.IN_REVIEW) {
            return PriceStatus.IN_REVIEW;
        }
        if (inForce.isPresent() && inForce.get().id() == v.id) {
            return PriceStatus.IN_FORCE;
        }
        return v.effectiveFrom.isAfter(store.today()) ? PriceStatus.SCHEDULED : PriceStatus.SUPERSEDED;
    }

    private PriceListView view(EntityManager em, PriceListEntity l) {
        List<PriceVersionEntity> versions = PriceRows.versions(em, l.id);
        Optional<PriceRules.Dated> inForce = PriceRules.inForce(versions.stream().map(PriceRows::dated).toList(),
                store.today());
        Map<Long, Long> counts = new HashMap<>();
        if (!versions.isEmpty()) {
            for (Object[] r : em.createQuery("select e.versionId, count(e) from PriceEntryEntity e where e.versionId in :v"
                    + " group by e.versionId", Object[].class).setParameter("v", versions.stream().map(v -> v.id).toList())
                    .getResultList()) {
                counts.put((Long) r[0], (Long) r[1]);
            }
        }
        return new PriceListView(l.id, l.version, Forms.read(PriceListData.class, l), l.currency, versions.stream()
                .map(v -> new VersionSummary(v.id, v.number, v.effectiveFrom, v.state, status(v, inForce),
                        counts.getOrDefault(v.id, 0L).intValue())).toList(),
                l.stamps.createdAt(), l.stamps.createdBy(), l.stamps.updatedAt(), l.stamps.updatedBy());
    }

    private VersionView view(EntityManager em, PriceVersionEntity v, PriceListEntity l) {
        Optional<PriceRules.Dated> inForce = PriceRules.inForce(PriceRows.versions(em, l.id).stream().map(PriceRows::dated)
                .toList(), store.today());
        return new VersionView(v.id, v.version, l.id, l.code, l.name, l.currency, v.number,
                new VersionHeader(v.effectiveFrom, v.note), v.state, status(v, inForce), PriceRows.entries(em, v.id).stream()
                .map(e -> new EntryView(e.lineNo, e.productId, e.productCode, e.productName, e.unit,
                        Money.of(e.price, l.currency), e.validFrom, e.validTo)).toList(),
                v.stamps.createdAt(), v.stamps.createdBy(), v.stamps.updatedAt(), v.stamps.updatedBy());
    }
}
