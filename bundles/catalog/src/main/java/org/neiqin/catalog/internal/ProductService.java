package org.neiqin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.catalog.CatalogEvents;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.imports.RecordImport;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The products: every entry point (REST, console, shell, other modules through the catalogue) comes here. The
 * caller's permission is checked first, the input next, then the change and its audit entry are written in one
 * transaction, and the event is heard after commit.
 */
@Component(service = ProductService.class)
public class ProductService {
    private final CatalogStore store;
    private final SecurityService security;
    private final CompanyCurrency currency;

    @Activate
    public ProductService(@Reference CatalogStore store, @Reference SecurityService security,
            @Reference CompanyCurrency currency) {
        this.store = store;
        this.security = security;
        this.currency = currency;
    }

    /** @return the currency a new product's cost price is in: the company's */
    public String currency() {
        return currency.code();
    }

    public ProductView create(ProductData data) {
        Actor actor = security.require(CatalogModule.WRITE);
        ProductData d = normalised(data);
        check(d, currency.code());
        return store.write(em -> {
            requireNewCode(em, d.code(), null);
            ProductEntity e = insert(em, d, actor, AuditAction.CREATE);
            store.event(CatalogEvents.PRODUCT_CREATED, actor).with(CatalogEvents.PRODUCT_ID, e.id)
                    .with(CatalogEvents.CODE, e.code).publish();
            return view(e, actor);
        });
    }

    /**
     * Changes a product at the version the user loaded (409 when someone changed it since). Its code may change
     * while no other product has it; documents keep the code, name and specification they were made with.
     */
    public ProductView update(long id, int version, ProductData data) {
        Actor actor = security.require(CatalogModule.WRITE);
        ProductData d = normalised(data);
        return store.write(em -> {
            ProductEntity e = Store.load(em, ProductEntity.class, id, version, "product");
            // one who may not see the cost price keeps it as it is (the form showed none)
            ProductData now = security.isPermitted(actor, CatalogModule.COST) ? d : withCost(d, read(e).costPrice());
            check(now, e.currency);
            requireNewCode(em, now.code(), e.id);
            Forms.Changes changes = Forms.changes(read(e), now);
            if (changes.isEmpty()) {
                return view(e, actor);
            }
            Forms.copy(now, e);
            store.touch(e, actor);
            store.audit(em, CatalogModule.ENTITY, id, AuditAction.UPDATE, changes.before(), changes.after());
            store.event(CatalogEvents.PRODUCT_CHANGED, actor).with(CatalogEvents.PRODUCT_ID, e.id)
                    .with(CatalogEvents.CODE, e.code).with("fields", String.join(",", changes.after().keySet())).publish();
            return view(e, actor);
        });
    }

    /**
     * A dry run of an import of products from a workbook or a CSV file, read as it streams: every problem, nothing
     * changed.
     *
     * @param charset the CSV's character set when the user names it, else null
     */
    public RecordImport.Checked checkImport(ImportFile file, String charset) {
        Actor actor = security.require(CatalogModule.WRITE);
        return definition(actor).read(file, charset, d -> { });
    }

    /**
     * Imports a clean file's products in one transaction: a row whose code is in the catalogue changes that product
     * (its history says it was imported), any other row is a new, active product. A cost price left empty keeps the
     * product's; one who may not see costs may not give one. Every {@value #IMPORT_BATCH} rows the transaction lets go
     * of what it wrote, so memory does not grow with the file.
     *
     * @return the file's report (its count: the products created or changed)
     * @throws org.neiqin.api.error.ValidationException naming the problems row by row when the file has any; nothing is
     *         imported until every row is right
     */
    public RecordImport.Checked importProducts(ImportFile file, String charset) {
        Actor actor = security.require(CatalogModule.WRITE);
        RecordImport<ProductData> definition = definition(actor);
        RecordImport.Checked checked = definition.read(file, charset, d -> { });
        if (!checked.report().clean()) {
            throw new org.neiqin.api.error.ValidationException(checked.report().errors());
        }
        return store.write(em -> {
            java.util.Map<String, Long> codes = new java.util.HashMap<>();
            for (Object[] row : em.createQuery("select p.code, p.id from ProductEntity p", Object[].class).getResultList()) {
                codes.put(((String) row[0]).toLowerCase(java.util.Locale.ROOT), (Long) row[1]);
            }
            int[] n = {0};
            int[] created = {0};
            RecordImport.Checked again = definition.read(file, charset, data -> {
                ProductData d = normalised(data);
                Long id = codes.get(d.code().toLowerCase(java.util.Locale.ROOT));
                if (id == null) {
                    ProductEntity e = insert(em, d, actor, AuditAction.IMPORT);
                    codes.put(d.code().toLowerCase(java.util.Locale.ROOT), e.id);
                    created[0]++;
                } else {
                    ProductEntity e = find(em, id);
                    ProductData now = d.costPrice() == null ? withCost(d, read(e).costPrice()) : d;
                    Forms.Changes changes = Forms.changes(read(e), now);
                    if (!changes.isEmpty()) {
                        Forms.copy(now, e);
                        store.touch(e, actor);
                        store.audit(em, CatalogModule.ENTITY, id, AuditAction.IMPORT, changes.before(), changes.after());
                    }
                }
                if (++n[0] % IMPORT_BATCH == 0) {
                    store.release(em);
                }
            });
            if (!again.report().clean() || n[0] != checked.report().records()) {
                // the copy read twice is the server's own; reaching here means it changed under the import
                throw new IllegalStateException("the import file read differently the second time");
            }
            store.event(CatalogEvents.PRODUCTS_IMPORTED, actor).with(CatalogEvents.COUNT, n[0])
                    .with(CatalogEvents.CREATED, created[0]).publish();
            return again;
        });
    }

    /** Rows written between two releases of an import. */
    static final int IMPORT_BATCH = 500;

    /** @return whether the caller may see and set what products cost */
    public boolean mayCost() {
        return security.isPermitted(security.require(CatalogModule.READ), CatalogModule.COST);
    }

    private RecordImport<ProductData> definition(Actor actor) {
        return ProductImport.definition(currency.code(), security.isPermitted(actor, CatalogModule.COST));
    }

    /**
     * @return every product in the import's columns (a file the import reads back), by code; the cost prices only to
     *         those who may see them
     */
    public java.util.List<java.util.List<String>> export() {
        Actor actor = security.require(CatalogModule.READ);
        boolean costs = security.isPermitted(actor, CatalogModule.COST);
        List<String> columns = ProductImport.definition(currency.code(), costs).columns();
        return store.read(em -> {
            List<java.util.List<String>> rows = new ArrayList<>();
            rows.add(columns);
            for (ProductEntity e : em.createQuery("select p from ProductEntity p order by p.code", ProductEntity.class)
                    .getResultList()) {
                ProductData d = costs ? read(e) : withCost(read(e), null);
                java.util.Map<String, String> v = Forms.strings(d);
                rows.add(columns.stream().map(c -> c.equals("costPrice") && d.costPrice() != null
                        ? d.costPrice().amount().toPlainString() : v.getOrDefault(c, "")).toList());
            }
            return rows;
        });
    }

    /** A new active product in the company's currency, with its audit entry ({@code action}: created or imported). */
    private ProductEntity insert(EntityManager em, ProductData d, Actor actor, AuditAction action) {
        ProductEntity e = new ProductEntity();
        e.currency = currency.code();
        Forms.copy(d, e);
        e.state = ProductState.ACTIVE;
        store.create(em, e, actor);
        store.audit(em, CatalogModule.ENTITY, e.id, action, null, Forms.filled(d));
        return e;
    }

    /** No new line may name the product any more; documents that name it keep it. */
    public ProductView discontinue(long id, int version, String reason) {
        return move(id, version, ProductState.DISCONTINUED, reason, CatalogEvents.PRODUCT_DISCONTINUED);
    }

    /** The product may go on new lines again. */
    public ProductView reinstate(long id, int version, String reason) {
        return move(id, version, ProductState.ACTIVE, reason, CatalogEvents.PRODUCT_REINSTATED);
    }

    private ProductView move(long id, int version, ProductState to, String reason, String topic) {
        Actor actor = security.require(CatalogModule.DISCONTINUE);
        // why, in the user's words: the history keeps it
        Forms.require(Forms.check(new Reason(reason)));
        return store.write(em -> {
            ProductEntity e = Store.load(em, ProductEntity.class, id, version, "product");
            store.move(em, CatalogModule.ENTITY, e, to, actor, reason);
            store.event(topic, actor).with(CatalogEvents.PRODUCT_ID, e.id).with(CatalogEvents.CODE, e.code).publish();
            return view(e, actor);
        });
    }

    /** Why a product is discontinued or reinstated, checked as every text is. */
    public record Reason(@org.neiqin.kit.form.Spec(max = 500, required = true) String reason) {
    }

    public ProductView get(long id) {
        Actor actor = security.require(CatalogModule.READ);
        return store.read(em -> view(find(em, id), actor));
    }

    /** @return the product with this code, if there is one */
    public Optional<ProductView> byCode(String code) {
        Actor actor = security.require(CatalogModule.READ);
        return store.read(em -> em.createQuery("select p from ProductEntity p where p.code = :c", ProductEntity.class)
                .setParameter("c", code == null ? "" : code.trim()).getResultList().stream().findFirst()
                .map(e -> view(e, actor)));
    }

    /** @return one page of the list and the size of the whole filtered list */
    public ListQuery.Page<ProductRow> list(ProductQuery q) {
        security.require(CatalogModule.READ);
        return store.read(em -> ListQuery.of("ProductEntity", "v")
                .text(q.text(), "code", "name", "spec")
                .eq("productGroup", q.productGroup())
                .eq("state", q.state())
                .page(Store.jpql(em), ProductRow.COLUMNS, ProductRow::of, q.orderBy(), q.offset(), q.limit()));
    }

    /** @return the cost price of each of the products that has one (only to those who may see margins) */
    public java.util.Map<Long, org.neiqin.api.money.Money> costs(java.util.Collection<Long> ids) {
        security.require(CatalogModule.COST);
        java.util.Map<Long, org.neiqin.api.money.Money> out = new java.util.HashMap<>();
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        store.reading(em -> {
            for (int from = 0; from < all.size(); from += 500) {
                em.createQuery("select p from ProductEntity p where p.id in :ids and p.costPrice is not null",
                        ProductEntity.class).setParameter("ids", all.subList(from, Math.min(all.size(), from + 500)))
                        .getResultList().forEach(p -> out.put(p.id, org.neiqin.api.money.Money.of(p.costPrice, p.currency)));
            }
        });
        return out;
    }

    /** @return the product's changes, oldest first; its cost price's only to those who may see margins */
    public List<AuditEntry> history(long id) {
        get(id);
        Actor actor = security.require(CatalogModule.READ);
        return store.history(CatalogModule.ENTITY, id, security.isPermitted(actor, CatalogModule.COST)
                ? java.util.Set.of() : java.util.Set.of("costPrice"));
    }

    private static ProductEntity find(EntityManager em, long id) {
        return Store.find(em, ProductEntity.class, id, "product");
    }

    /** Refuses a code another product has (409 {@code duplicate}, the field named). */
    private static void requireNewCode(EntityManager em, String code, Long self) {
        List<Long> taken = em.createQuery("select p.id from ProductEntity p where lower(p.code) = :c", Long.class)
                .setParameter("c", code.toLowerCase(java.util.Locale.ROOT)).getResultList();
        if (taken.stream().anyMatch(id -> !id.equals(self))) {
            throw new org.neiqin.api.error.FieldConflictException("duplicate", List.of(new FieldError("code", "duplicate",
                    Text.of("catalog.code.duplicate", "another product has the code {0}", code))));
        }
    }

    private static void check(ProductData d, String currency) {
        List<FieldError> errors = new ArrayList<>(ProductRules.check(d));
        errors.addAll(Forms.inCurrency(d, currency));
        Forms.require(errors);
    }

    /** @return the data as it is kept: codes and units without the spaces around them */
    private static ProductData normalised(ProductData d) {
        return new ProductData(Forms.trimmed(d.code()), Forms.trimmed(d.name()), Forms.trimmed(d.spec()),
                Forms.trimmed(d.unit()), d.weightPerUnit(), Forms.trimmed(d.productGroup()), Forms.trimmed(d.taxCode()),
                d.vatRate(), d.costPrice(), d.licenceNames().isEmpty() ? null : String.join(", ", d.licenceNames()),
                Forms.trimmed(d.note()));
    }

    private static ProductData withCost(ProductData d, org.neiqin.api.money.Money cost) {
        return new ProductData(d.code(), d.name(), d.spec(), d.unit(), d.weightPerUnit(), d.productGroup(), d.taxCode(),
                d.vatRate(), cost, d.licences(), d.note());
    }

    private static ProductData read(ProductEntity e) {
        return Forms.read(ProductData.class, e);
    }

    /** @return the product as {@code actor} may see it: its cost price only with {@code catalog.cost} */
    private ProductView view(ProductEntity e, Actor actor) {
        ProductData d = read(e);
        if (!security.isPermitted(actor, CatalogModule.COST)) {
            d = withCost(d, null);
        }
        return new ProductView(e.id, e.version, e.state, d, e.stamps.createdAt(), e.stamps.createdBy(),
                e.stamps.updatedAt(), e.stamps.updatedBy());
    }
}
