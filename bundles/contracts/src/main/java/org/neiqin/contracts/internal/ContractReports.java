package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.TypedQuery;

import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Statistics of orders and contracts, and receivables per contract. */
@Component(service = ContractReports.class)
public class ContractReports {
    private final DocumentStore store;
    private final CompanyCurrency currency;
    private final SecurityService security;
    private final FulfilmentTracker tracker;
    private final org.neiqin.api.crm.CustomerDirectory customers;
    private final ProductLines products;

    @Activate
    public ContractReports(@Reference DocumentStore store, @Reference SecurityService security,
            @Reference FulfilmentTracker tracker, @Reference CompanyCurrency currency,
            @Reference org.neiqin.api.crm.CustomerDirectory customers, @Reference ProductLines products) {
        this.products = products;
        this.customers = customers;
        this.currency = currency;
        this.store = store;
        this.security = security;
        this.tracker = tracker;
    }

    /**
     * @return the price level realised ({@link PriceLevel}) of the lines naming a product with a list price, of the
     *         orders and contracts of sale in force or closed dated in {@code [from, to]}, per period and dimension
     */
    public List<PriceLevel.Row> priceLevel(LocalDate from, LocalDate to, Statistics.Period period, PriceLevel.Dimension by) {
        security.require(ContractsModule.READ);
        List<Object[]> lines = sold("d.documentDate, d.customerId, d.region, l.productCode, l.product, l.quantity,"
                + " l.unitPrice, l.listPrice", "l.listPrice is not null", from, to);
        java.util.Map<Long, String> grades = new java.util.HashMap<>();
        List<PriceLevel.Item> items = new java.util.ArrayList<>();
        for (Object[] l : lines) {
            long customer = (Long) l[1];
            // a customer's grade as its file says today (read once per customer)
            String grade = by != PriceLevel.Dimension.GRADE ? null : grades.computeIfAbsent(customer, c -> customers.find(c)
                    .map(s -> s.grade() == null ? "" : s.grade().name()).orElse(""));
            BigDecimal quantity = (BigDecimal) l[5];
            items.add(new PriceLevel.Item((LocalDate) l[0], grade, (String) l[2], l[3] + " " + l[4],
                    quantity.multiply((BigDecimal) l[6]), quantity.multiply((BigDecimal) l[7])));
        }
        return PriceLevel.rows(items, period, by, currency.code());
    }

    /**
     * @return the margin ({@link Margins}) of the lines naming a catalogue product, of the orders and contracts of sale
     *         in force or closed dated in {@code [from, to]}, per product, customer or salesperson
     * @throws org.neiqin.api.error.AccessDeniedException unless the caller may see what products cost
     * @throws org.neiqin.api.error.ConflictException without the catalogue (no cost prices)
     */
    public List<Margins.Row> margins(LocalDate from, LocalDate to, Margins.Dimension by) {
        security.require(ContractsModule.READ);
        if (!products.installed()) {
            throw noCatalog();
        }
        security.require(org.neiqin.api.catalog.Catalog.COST);
        List<Object[]> lines = sold("l.productId, l.productCode, l.product, d.customerName, d.salesperson, l.quantity,"
                + " l.unitPrice", "l.productId is not null", from, to);
        java.util.Set<Long> ids = new java.util.HashSet<>();
        lines.forEach(l -> ids.add((Long) l[0]));
        Map<Long, org.neiqin.api.money.Money> costs = products.costs(ids).orElseThrow(ContractReports::noCatalog);
        List<Margins.Item> items = new ArrayList<>();
        for (Object[] l : lines) {
            org.neiqin.api.money.Money cost = costs.get((Long) l[0]);
            BigDecimal quantity = (BigDecimal) l[5];
            // a cost in another currency than the documents' is not comparable: as if none were known
            BigDecimal unitCost = cost == null || !cost.currency().getCurrencyCode().equals(currency.code()) ? null : cost.amount();
            items.add(new Margins.Item(l[1] + " " + l[2], (String) l[3], (String) l[4],
                    quantity.multiply((BigDecimal) l[6]), unitCost == null ? null : quantity.multiply(unitCost)));
        }
        return Margins.rows(items, by == null ? Margins.Dimension.PRODUCT : by, currency.code());
    }

    private static org.neiqin.api.error.ConflictException noCatalog() {
        return new org.neiqin.api.error.ConflictException("no-catalog", Text.of("contracts.margins.noCatalog",
                "margins need the catalogue's cost prices: install neiqin-catalog"));
    }

    /**
     * @return {@code select} of each line (as {@code l}) of the orders and contracts of sale (as {@code d}) in force or
     *         closed, dated in {@code [from, to]}, that meets {@code where}
     */
    private List<Object[]> sold(String select, String where, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("to", "order", Text.of("contracts.stats.period",
                    "give a period from one date to a later one"));
        }
        Scopes.Clause scope = Scopes.clause(security.scope(), "d.salesperson", "d.region");
        return store.read(em -> Store.bind(em.createQuery("select " + select + " from LineEntity l, DocumentEntity d"
                + " where l.documentId = d.id and l.revision = d.revision and d.state in :states and d.kind in :kinds"
                + " and d.documentDate >= :from and d.documentDate <= :to and " + scope.jpql() + " and " + where,
                Object[].class), scope)
                .setParameter("states", List.of(DocumentState.EFFECTIVE, DocumentState.CLOSED))
                .setParameter("kinds", List.of(DocumentKind.ORDER, DocumentKind.SALES_CONTRACT,
                        DocumentKind.DISTRIBUTION_AGREEMENT))
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    /**
     * @return count, value and fulfilment rate of the orders and contracts in force or closed, dated
     *         in {@code [from, to]}, per period and dimension
     */
    public List<Statistics.Row> statistics(LocalDate from, LocalDate to, Statistics.Period period,
            Statistics.Dimension dimension, DocumentKind kind) {
        security.require(ContractsModule.READ);
        if (from == null || to == null || to.isBefore(from)) {
            throw new ValidationException("to", "order", Text.of("contracts.stats.period",
                    "give a period from one date to a later one"));
        }
        if (kind == DocumentKind.QUOTATION) {
            throw new ValidationException("kind", "unknown", Text.of("contracts.stats.kind",
                    "statistics count orders and contracts, not quotations"));
        }
        Statistics.Period per = period == null ? Statistics.Period.MONTH : period;
        Statistics.Dimension dim = dimension == null ? Statistics.Dimension.NONE : dimension;
        // without a kind: every order and contract, i.e. everything but quotations
        boolean all = kind == null;
        Scopes.Clause scope = Scopes.clause(security.scope(), "d.salesperson", "d.region");
        String where = " from DocumentEntity d where d.state in :states and d.documentDate between :from and :to"
                + (all ? " and d.kind <> :kind" : " and d.kind = :kind") + " and " + scope.jpql();
        String group = dim == Statistics.Dimension.SALESPERSON ? "d.salesperson"
                : dim == Statistics.Dimension.CUSTOMER ? "d.customerName"
                : dim == Statistics.Dimension.REGION ? "d.region" : null;
        String months = "year(d.documentDate), month(d.documentDate)" + (group == null ? "" : ", " + group);
        List<Statistics.Item> items = new ArrayList<>();
        List<String> known = tracker.sourceNames();
        store.reading(em -> {
            // count and value summed by the database per month and group: no document is loaded for them
            List<?> sums = Store.bind(period(em.createQuery("select " + months + ", count(d), sum(d.total)" + where
                    + " group by " + months), from, to, all ? DocumentKind.QUOTATION : kind), scope).getResultList();
            for (Object o : sums) {
                Object[] r = (Object[]) o;
                int n = r.length;
                items.add(Statistics.Item.sum(dim, month(r), group == null ? null : (String) r[2],
                        ((Number) r[n - 2]).longValue(), (java.math.BigDecimal) r[n - 1], java.math.BigDecimal.ZERO));
            }
            if (known.isEmpty()) {
                return;
            }
            // the value delivered, from the ledger the sources keep, summed with the documents the same way
            List<?> delivered = Store.bind(period(em.createQuery("select " + months + ", sum(v.amount) from DeliveredEntity v,"
                    + where.substring(" from ".length()) + " and v.documentId = d.id and v.source in :sources group by "
                    + months), from, to, all ? DocumentKind.QUOTATION : kind), scope).setParameter("sources", known)
                    .getResultList();
            for (Object o : delivered) {
                Object[] r = (Object[]) o;
                items.add(Statistics.Item.sum(dim, month(r), group == null ? null : (String) r[2], 0,
                        java.math.BigDecimal.ZERO, (java.math.BigDecimal) r[r.length - 1]));
            }
        });
        return Statistics.aggregate(items, per, dim, currency.code());
    }

    /** @return the first day of the month of a grouped row that starts with year and month */
    private static LocalDate month(Object[] r) {
        return LocalDate.of(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), 1);
    }


    private static <Q extends javax.persistence.Query> Q period(Q q, LocalDate from, LocalDate to, DocumentKind kind) {
        q.setParameter("states", List.of(DocumentState.EFFECTIVE, DocumentState.CLOSED))
                .setParameter("from", from).setParameter("to", to).setParameter("kind", kind);
        return q;
    }

    /** @return the fulfilment schedules of orders and contracts in force with money still owed or to invoice. */
    public List<FulfilmentSchedule> receivables(Long customerId) {
        security.require(ContractsModule.READ);
        List<DocumentEntity> docs = store.read(em -> {
            Scopes.Clause scope = Scopes.clause(security.scope(), "d.salesperson", "d.region");
            TypedQuery<DocumentEntity> q = Store.bind(em.createQuery("select d from DocumentEntity d where d.state = :s"
                    + (customerId == null ? "" : " and d.customerId = :c") + " and " + scope.jpql()
                    + " order by d.customerName, d.documentDate", DocumentEntity.class), scope)
                    .setParameter("s", DocumentState.EFFECTIVE);
            if (customerId != null) {
                q.setParameter("c", customerId);
            }
            return q.getResultList();
        });
        Map<Long, FulfilmentSchedule> schedules = tracker.schedules(docs.stream().filter(d -> d.kind.isSale())
                .collect(Collectors.toList()));
        return docs.stream().filter(d -> schedules.containsKey(d.id)).map(d -> schedules.get(d.id))
                .collect(Collectors.toList());
    }
}
