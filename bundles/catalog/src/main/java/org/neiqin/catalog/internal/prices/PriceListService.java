package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.catalog.Catalog.ListPrice;
import org.neiqin.api.catalog.Catalog.PriceFor;
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
            List<PriceVersionEntity> versions = versions(em, listId);
            if (versions.stream().anyMatch(v -> v.state != PriceVersionState.APPROVED)) {
                throw new ConflictException("open-version", Text.of("catalog.prices.openVersion",
                        "{0} has a version in preparation or review; finish it before starting another", list.code));
            }
            PriceVersionEntity v = new PriceVersionEntity();
            v.listId = list.id;
            v.listCode = list.code;
            v.number = versions.stream().mapToInt(x -> x.number).max().orElse(0) + 1;
            v.effectiveFrom = store.today().plusDays(1);
            v.state = PriceVersionState.DRAFT;
            store.create(em, v, actor);
            if (!versions.isEmpty()) {
                int line = 1;
                for (PriceEntryEntity from : entries(em, versions.get(0).id)) {
                    PriceEntryEntity to = copy(from);
                    to.versionId = v.id;
                    to.lineNo = line++;
                    store.persist(em, to);
                }
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
            Map<String, Object> before = Map.of("effectiveFrom", v.effectiveFrom.toString(), "entries", text(entries(em, v.id)));
            em.createQuery("delete from PriceEntryEntity e where e.versionId = :v").setParameter("v", v.id).executeUpdate();
            for (int i = 0; i < entries.size(); i++) {
                PriceEntryData d = entries.get(i);
                ProductView p = named.get(d.productId());
                PriceEntryEntity e = new PriceEntryEntity();
                e.versionId = v.id;
                e.lineNo = i + 1;
                e.productId = p.id();
                e.productCode = p.data().code();
                e.productName = p.data().name();
                e.unit = p.data().unit();
                e.price = d.price().amount();
                e.validFrom = d.validFrom();
                e.validTo = d.validTo();
                store.persist(em, e);
            }
            v.effectiveFrom = header.effectiveFrom();
            v.note = Forms.trimmed(header.note());
            store.touch(v, actor);
            Map<String, Object> after = Map.of("effectiveFrom", v.effectiveFrom.toString(), "entries",
                    text(entries(em, v.id)));
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
            if (entries(em, v.id).isEmpty()) {
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

    /**
     * An approved unit-price request: the price becomes the customer's own, in a new version of the customer's list
     * (made for it when there is none), in force today, holding the latest version's prices but this product's on the
     * request's days. The request's approval was the review.
     *
     * @return the list and the version number the price went into
     * @throws ConflictException when the customer's list has a version in preparation or review (it would drop the
     *         price when approved): finish it first
     */
    long[] grant(EntityManager em, PriceRequestEntity r, Actor actor) {
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
        List<PriceVersionEntity> versions = versions(em, list.id);
        if (versions.stream().anyMatch(v -> v.state != PriceVersionState.APPROVED)) {
            throw new ConflictException("open-version", Text.of("catalog.prices.openVersion",
                    "{0} has a version in preparation or review; finish it before starting another", list.code));
        }
        PriceVersionEntity v = new PriceVersionEntity();
        v.listId = list.id;
        v.listCode = list.code;
        v.number = versions.stream().mapToInt(x -> x.number).max().orElse(0) + 1;
        v.effectiveFrom = store.today();
        v.state = PriceVersionState.APPROVED;
        v.note = "#" + r.id;
        store.create(em, v, actor);
        PriceEntryData granted = new PriceEntryData(r.productId, Money.of(r.price, r.currency), r.validFrom, r.validTo);
        int line = 1;
        if (!versions.isEmpty()) {
            for (PriceEntryEntity from : entries(em, versions.get(0).id)) {
                boolean replaced = from.productId.equals(r.productId) && PriceRules.overlap(granted,
                        new PriceEntryData(from.productId, null, from.validFrom, from.validTo));
                if (!replaced) {
                    PriceEntryEntity to = copy(from);
                    to.versionId = v.id;
                    to.lineNo = line++;
                    store.persist(em, to);
                }
            }
        }
        PriceEntryEntity e = new PriceEntryEntity();
        e.versionId = v.id;
        e.lineNo = line;
        e.productId = r.productId;
        e.productCode = r.productCode;
        e.productName = r.productName;
        e.unit = r.unit;
        e.price = r.price;
        e.validFrom = r.validFrom;
        e.validTo = r.validTo;
        store.persist(em, e);
        store.audit(em, CatalogModule.PRICE_VERSION, v.id, AuditAction.CREATE, null, Map.of("list", list.code,
                "number", v.number, "effectiveFrom", v.effectiveFrom.toString(), "request", r.id,
                "entries", text(entries(em, v.id))));
        store.event(CatalogEvents.PRICE_VERSION_APPROVED, actor).with(CatalogEvents.LIST_ID, list.id)
                .with(CatalogEvents.LIST_CODE, list.code).with(CatalogEvents.VERSION, v.number)
                .with(CatalogEvents.EFFECTIVE_FROM, v.effectiveFrom.toString()).publish();
        return new long[] {list.id, v.number};
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

    /** @return the price {@code who} pays for the product on {@code on}, and where it comes from ({@link PriceRules}) */
    public Optional<ListPrice> price(long productId, PriceFor who, LocalDate on) {
        security.require(CatalogModule.READ);
        return store.read(em -> {
            List<PriceListEntity> lists = em.createQuery("select l from PriceListEntity l where l.customerId is null"
                    + " or l.customerId = :c", PriceListEntity.class).setParameter("c", who.customerId() == null ? -1L
                    : who.customerId()).getResultList();
            List<PriceListEntity> ranked = lists.stream().filter(l -> PriceRules.rank(l.customerId, l.grade, l.region, who) >= 0)
                    .sorted(Comparator.comparingInt(l -> PriceRules.rank(l.customerId, l.grade, l.region, who))).toList();
            for (PriceListEntity l : ranked) {
                Optional<PriceRules.Dated> v = PriceRules.inForce(dated(em, l.id), on);
                if (v.isEmpty()) {
                    continue;
                }
                Optional<PriceEntryEntity> entry = em.createQuery("select e from PriceEntryEntity e where e.versionId = :v"
                        + " and e.productId = :p", PriceEntryEntity.class).setParameter("v", v.get().id())
                        .setParameter("p", productId).getResultList().stream()
                        .filter(e -> PriceRules.validOn(e.validFrom, e.validTo, on)).findFirst();
                if (entry.isPresent()) {
                    return Optional.of(new ListPrice(Money.of(entry.get().price, l.currency), l.id, l.code, v.get().number()));
                }
            }
            return Optional.empty();
        });
    }

    /** @return how many versions took effect within the last {@code days} days (today included) */
    public long takenEffect(int days) {
        security.require(CatalogModule.READ);
        LocalDate today = store.today();
        return store.read(em -> em.createQuery("select count(v) from PriceVersionEntity v where v.state = :s"
                + " and v.effectiveFrom > :from and v.effectiveFrom <= :to", Long.class)
                .setParameter("s", PriceVersionState.APPROVED).setParameter("from", today.minusDays(days))
                .setParameter("to", today).getSingleResult());
    }

    private static List<PriceRules.Dated> dated(EntityManager em, long listId) {
        return em.createQuery("select v.id, v.number, v.effectiveFrom, v.state from PriceVersionEntity v"
                + " where v.listId = :l and v.state = :s", Object[].class).setParameter("l", listId)
                .setParameter("s", PriceVersionState.APPROVED).getResultList().stream()
                .map(r -> new PriceRules.Dated((Long) r[0], (Integer) r[1], (LocalDate) r[2], (PriceVersionState) r[3]))
                .toList();
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

    private static List<PriceVersionEntity> versions(EntityManager em, long listId) {
        return em.createQuery("select v from PriceVersionEntity v where v.listId = :l order by v.number desc",
                PriceVersionEntity.class).setParameter("l", listId).getResultList();
    }

    private static List<PriceEntryEntity> entries(EntityManager em, long versionId) {
        return em.createQuery("select e from PriceEntryEntity e where e.versionId = :v order by e.lineNo",
                PriceEntryEntity.class).setParameter("v", versionId).getResultList();
    }

    private static PriceEntryEntity copy(PriceEntryEntity from) {
        PriceEntryEntity to = new PriceEntryEntity();
        to.productId = from.productId;
        to.productCode = from.productCode;
        to.productName = from.productName;
        to.unit = from.unit;
        to.price = from.price;
        to.validFrom = from.validFrom;
        to.validTo = from.validTo;
        return to;
    }

    /** @return the prices as the history keeps them: a line each, code, price and days */
    private static String text(List<PriceEntryEntity> entries) {
        StringBuilder sb = new StringBuilder();
        for (PriceEntryEntity e : entries) {
            sb.append(e.productCode).append(" ").append(e.price.toPlainString())
                    .append(e.validFrom == null && e.validTo == null ? "" : " " + (e.validFrom == null ? "…" : e.validFrom)
                            + "–" + (e.validTo == null ? "…" : e.validTo)).append("\n");
        }
        return sb.toString();
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
        List<PriceVersionEntity> versions = versions(em, l.id);
        Optional<PriceRules.Dated> inForce = PriceRules.inForce(versions.stream().map(PriceListService::dated).toList(),
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

    private static PriceRules.Dated dated(PriceVersionEntity v) {
        return new PriceRules.Dated(v.id, v.number, v.effectiveFrom, v.state);
    }

    private VersionView view(EntityManager em, PriceVersionEntity v, PriceListEntity l) {
        Optional<PriceRules.Dated> inForce = PriceRules.inForce(versions(em, l.id).stream().map(PriceListService::dated)
                .toList(), store.today());
        return new VersionView(v.id, v.version, l.id, l.code, l.name, l.currency, v.number,
                new VersionHeader(v.effectiveFrom, v.note), v.state, status(v, inForce), entries(em, v.id).stream()
                .map(e -> new EntryView(e.lineNo, e.productId, e.productCode, e.productName, e.unit,
                        Money.of(e.price, l.currency), e.validFrom, e.validTo)).toList(),
                v.stamps.createdAt(), v.stamps.createdBy(), v.stamps.updatedAt(), v.stamps.updatedBy());
    }
}
