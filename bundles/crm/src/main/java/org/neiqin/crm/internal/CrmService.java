package org.neiqin.crm.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.CrmEvents;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.crm.CustomerFigureProvider;
import org.neiqin.api.crm.CustomerSnapshot;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.LicenceOnFile;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.event.NeiqinEvents;
import org.neiqin.api.form.Forms;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.query.ListQuery;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The customer files. Every entry point (REST, console, shell, other modules through
 * {@link CustomerDirectory}) comes here, and here the caller's permission is checked, the input
 * validated, the change written with its audit entry in one transaction, and the event posted
 * after commit.
 */
@Component(service = {CrmService.class, CustomerDirectory.class}, configurationPid = "org.neiqin.crm")
@Designate(ocd = CrmService.Config.class)
public class CrmService implements CustomerDirectory {
    @Reference
    private IdService ids;
    static final String ENTITY = "crm.customer";
    static final String NUMBERING = "crm.customer";

    /** Company settings of the customer files. */
    @ObjectClassDefinition(name = "Neiqin customer files")
    public @interface Config {
        @AttributeDefinition(description = "Currency of credit limits and volumes (ISO 4217)")
        String currency() default "CNY";

        @AttributeDefinition(description = "Annual volume from which a customer is a key customer (A)")
        String grade_key() default "1000000";

        @AttributeDefinition(description = "Annual volume from which a customer is a general customer (B)")
        String grade_general() default "100000";
    }

    private final JpaTemplate jpa;
    private final SecurityService security;
    private final NumberingService numbering;
    private final AuditService audit;
    private final List<CustomerFigureProvider> figureProviders = new CopyOnWriteArrayList<>();
    private volatile GradeRule grades;
    private volatile String currency;

    @Reference
    private EventPublisher events;

    @Activate
    public CrmService(@Reference(target = "(osgi.unit.name=neiqin-crm)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=crm)") SchemaReady schema,
            @Reference SecurityService security, @Reference NumberingService numbering, @Reference AuditService audit,
            Config config) {
        this.jpa = jpa;
        this.security = security;
        this.numbering = numbering;
        this.audit = audit;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.grades = new GradeRule(new BigDecimal(config.grade_key()), new BigDecimal(config.grade_general()));
        this.currency = Money.zero(config.currency()).currency().getCurrencyCode();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindFigures(CustomerFigureProvider p) {
        figureProviders.add(p);
    }

    void unbindFigures(CustomerFigureProvider p) {
        figureProviders.remove(p);
    }

    // ---- writes ------------------------------------------------------------------------------

    public CustomerView create(CustomerData data) {
        Actor actor = security.require(CrmModule.WRITE);
        validate(data);
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomerView created = insert(em, data, actor, AuditAction.CREATE);
            post(CrmEvents.CUSTOMER_CREATED, created, actor, null);
            return created;
        });
    }

    /** A dry run of a CSV import: every problem, nothing changed. */
    public CsvImport.Report checkImport(String csv) {
        security.require(CrmModule.IMPORT);
        return CsvImport.check(csv);
    }

    /**
     * Imports checked cards all together: one transaction, so either every card is created (each
     * with its number and audit entry) or none is.
     */
    public List<CustomerView> importCustomers(CsvImport.Report report) {
        Actor actor = security.require(CrmModule.IMPORT);
        if (!report.clean()) {
            throw new ConflictException("import-not-clean", Text.of("crm.import.notClean",
                    "the file has {0} problems; nothing is imported until every row is correct", report.problems().size()));
        }
        report.customers().forEach(CrmService::validate);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<CustomerView> out = new ArrayList<>();
            for (CustomerData d : report.customers()) {
                CustomerView v = insert(em, d, actor, AuditAction.IMPORT);
                post(CrmEvents.CUSTOMER_CREATED, v, actor, null);
                out.add(v);
            }
            return out;
        });
    }

    private CustomerView insert(EntityManager em, CustomerData data, Actor actor, AuditAction action) {
        CustomerEntity e = new CustomerEntity();
        Forms.copy(data, e);
        e.code = numbering.next(NUMBERING, LocalDate.now(), Map.of());
        e.grade = grades.grade(data.annualVolume());
        e.currency = currency;
        e.creditDays = data.creditDays() == null ? 0 : data.creditDays();
        e.createdAt = now();
        e.createdBy = actor.name();
        e.updatedAt = e.createdAt;
        e.updatedBy = actor.name();
        e.id = ids.next(CrmModule.ID_TABLE, CrmModule.ID);
        em.persist(e);
        em.flush();
        audit.record(CrmModule.ID, ENTITY, String.valueOf(e.id), action, null, Forms.filled(data));
        // a new card has no contacts yet: no query while the number and audit chain are locked
        return view(e, List.of());
    }

    public CustomerView update(long id, int version, CustomerData data) {
        Actor actor = security.require(CrmModule.WRITE);
        validate(data);
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomerEntity e = load(em, id, version);
            if (e.archived) {
                throw new ConflictException("archived", Text.of("crm.customer.archived",
                        "customer {0} is archived; archived files are kept as they were", e.code));
            }
            Forms.Changes changed = Forms.changes(Forms.read(CustomerData.class, e), data);
            if (changed.isEmpty()) {
                return view(em, e);
            }
            Forms.copy(data, e);
            e.grade = grades.grade(data.annualVolume());
            e.creditDays = data.creditDays() == null ? 0 : data.creditDays();
            e.updatedAt = now();
            e.updatedBy = actor.name();
            em.flush();
            audit.record(CrmModule.ID, ENTITY, String.valueOf(id), AuditAction.UPDATE, changed.before(), changed.after());
            CustomerView updated = view(em, e);
            post(CrmEvents.CUSTOMER_CHANGED, updated, actor, changed.after().keySet().toArray(new String[0]));
            return updated;
        });
    }

    public CustomerView archive(long id, int version) {
        Actor actor = security.require(CrmModule.ARCHIVE);
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomerEntity e = load(em, id, version);
            if (e.archived) {
                throw new ConflictException("archived", Text.of("crm.customer.alreadyArchived",
                        "customer {0} is already archived", e.code));
            }
            Lifecycle before = e.lifecycle;
            e.archived = true;
            e.lifecycle = Lifecycle.DORMANT;
            e.updatedAt = now();
            e.updatedBy = actor.name();
            em.flush();
            audit.record(CrmModule.ID, ENTITY, String.valueOf(id), AuditAction.ARCHIVE,
                    Map.of("archived", false, "lifecycle", before.name()),
                    Map.of("archived", true, "lifecycle", Lifecycle.DORMANT.name()));
            CustomerView archived = view(em, e);
            post(CrmEvents.CUSTOMER_ARCHIVED, archived, actor, null);
            return archived;
        });
    }

    public CustomerView addContact(long customerId, ContactData contact) {
        Actor actor = security.require(CrmModule.WRITE);
        Forms.require(Forms.check(contact));
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomerEntity e = find(em, customerId);
            ContactEntity c = new ContactEntity();
            Forms.copy(contact, c);
            c.customerId = customerId;
            c.position = contacts(em, customerId).size();
            c.id = ids.next(CrmModule.ID_TABLE, CrmModule.ID);
            em.persist(c);
            e.updatedAt = now();
            e.updatedBy = actor.name();
            em.flush();
            audit.record(CrmModule.ID, ENTITY, String.valueOf(customerId), AuditAction.UPDATE, null,
                    Map.of("contact added", contact.name()));
            return view(em, e);
        });
    }

    public CustomerView removeContact(long customerId, long contactId) {
        Actor actor = security.require(CrmModule.WRITE);
        return jpa.txExpr(TransactionType.Required, em -> {
            CustomerEntity e = find(em, customerId);
            ContactEntity c = em.find(ContactEntity.class, contactId);
            if (c == null || !c.customerId.equals(customerId)) {
                throw new NotFoundException("contact", contactId);
            }
            em.remove(c);
            e.updatedAt = now();
            e.updatedBy = actor.name();
            em.flush();
            audit.record(CrmModule.ID, ENTITY, String.valueOf(customerId), AuditAction.UPDATE,
                    Map.of("contact removed", c.name), null);
            return view(em, e);
        });
    }

    private static void validate(CustomerData d) {
        Forms.require(CustomerRules.check(d));
    }

    // ---- reads -------------------------------------------------------------------------------

    public CustomerView get(long id) {
        security.require(CrmModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> view(em, find(em, id)));
    }

    /** @return one page of the list (its lines, not whole cards) and the size of the whole filtered list. */
    public ListPage list(CustomerQuery q) {
        security.require(CrmModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> {
            // the code is unique: ordering by it alone lets the database walk its index
            String order = "c." + q.sort() + (q.descending() ? " desc" : " asc") + ("code".equals(q.sort()) ? "" : ", c.code");
            ListQuery.Page<CustomerRow> page = ListQuery.of("CustomerEntity", "c")
                    .where("c.archived = :archived", "archived", q.archived())
                    .text(q.text(), "fullName", "shortName", "code")
                    .eq("lifecycle", q.lifecycle())
                    .eq("nature", q.nature())
                    .eq("grade", q.grade())
                    .eq("region", q.region())
                    .eq("route", q.route())
                    .eq("salesperson", q.salesperson())
                    .eq("creditRating", q.creditRating())
                    .eq("paymentTerms", q.paymentTerms())
                    .page(jpql(em), CustomerRow.COLUMNS, CustomerRow::of, order, q.offset(), q.limit());
            return new ListPage(page.rows(), page.total(), page.exact());
        });
    }

    /** A page of customers and the number of all that match ({@code totalExact} false: at least that many). */
    public record ListPage(List<CustomerRow> rows, long total, boolean totalExact) {
    }

    /** Runs the queries of a {@link ListQuery} with this module's entity manager. */
    private static ListQuery.Jpql jpql(EntityManager em) {
        return (query, params, first, max) -> {
            javax.persistence.Query q = em.createQuery(query).setFirstResult(first).setMaxResults(max);
            params.forEach(q::setParameter);
            return q.getResultList();
        };
    }

    public List<AuditEntry> history(long id) {
        security.require(CrmModule.READ);
        return audit.history(ENTITY, String.valueOf(id));
    }

    /** @return customer count per value of {@code dimension} (nature, grade, region, route, lifecycle), active files only. */
    public Map<String, Long> countBy(String dimension) {
        security.require(CrmModule.READ);
        if (!List.of("nature", "grade", "region", "route", "lifecycle").contains(dimension)) {
            throw new org.neiqin.api.error.ValidationException("dimension", "unknown", Text.of("crm.report.dimension",
                    "report by nature, grade, region, route or lifecycle"));
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            Map<String, Long> out = new LinkedHashMap<>();
            for (Object[] row : em.createQuery("select c." + dimension + ", count(*) from CustomerEntity c"
                    + " where c.archived = false group by c." + dimension + " order by count(*) desc", Object[].class)
                    .getResultList()) {
                out.put(row[0] == null ? "" : row[0].toString(), (Long) row[1]);
            }
            return out;
        });
    }

    /**
     * One line of the credit exposure view.
     *
     * @param limit the credit limit granted
     * @param outstanding what the installed modules report as owed
     * @param available limit minus outstanding (negative when over the limit)
     */
    public record Exposure(long id, String code, String fullName, Money limit, Money outstanding, Money available) {
        public boolean overLimit() {
            return available.isNegative();
        }
    }

    /**
     * @return active customers with a credit limit, most used first: limit against the outstanding
     *         amount other modules (invoicing) report through {@link CustomerFigureProvider}
     */
    public List<Exposure> creditExposure(int limit) {
        security.require(CrmModule.READ);
        List<CustomerEntity> withLimit = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "select c from CustomerEntity c where c.archived = false and c.creditLimit > 0 order by c.code",
                CustomerEntity.class).setMaxResults(Math.max(1, Math.min(limit, 5000))).getResultList());
        List<Exposure> out = new ArrayList<>();
        for (CustomerEntity c : withLimit) {
            Money max = Money.of(c.creditLimit, c.currency);
            Money owed = outstanding(c.id);
            out.add(new Exposure(c.id, c.code, c.fullName, max, owed, max.minus(owed)));
        }
        out.sort((a, b) -> ratio(b).compareTo(ratio(a)));
        return out;
    }

    private static BigDecimal ratio(Exposure e) {
        return e.outstanding().amount().divide(e.limit().amount(), 4, java.math.RoundingMode.HALF_UP);
    }

    /** @return what other modules say about a customer (sales, open orders, outstanding invoices …). */
    public List<CustomerFigure> figures(long id, Locale locale) {
        security.require(CrmModule.READ);
        List<CustomerFigure> out = new ArrayList<>();
        for (CustomerFigureProvider p : figureProviders) {
            out.addAll(p.figures(id, locale));
        }
        return out;
    }

    /** @return the amount outstanding according to the installed modules (zero without any). */
    public Money outstanding(long id) {
        Money sum = Money.zero(currency);
        for (CustomerFigure f : figures(id, Locale.ENGLISH)) {
            if (f.outstanding() && f.amount() != null && f.amount().currency().getCurrencyCode().equals(currency)) {
                sum = sum.plus(f.amount());
            }
        }
        return sum;
    }

    public String currency() {
        return currency;
    }

    // ---- CustomerDirectory -------------------------------------------------------------------

    @Override
    public Optional<CustomerSummary> find(long id) {
        security.require(CrmModule.READ);
        return jpa.txExpr(TransactionType.Supports, em -> Optional.ofNullable(em.find(CustomerEntity.class, id))
                .map(CrmService::summary));
    }

    @Override
    public List<CustomerSummary> search(String text, int limit) {
        return list(new CustomerQuery(text, null, null, null, null, null, null, null, null, false, "fullName", false, 0,
                limit))
                .rows().stream().map(CustomerRow::summary).collect(Collectors.toList());
    }

    @Override
    public CreditTerms creditTerms(long id) {
        CustomerView v = get(id);
        return new CreditTerms(v.data().creditRating(), v.data().creditLimit() == null ? null
                : Money.of(v.data().creditLimit(), v.currency()), v.data().paymentTerms(),
                v.data().creditDays() == null ? 0 : v.data().creditDays());
    }

    @Override
    public List<LicenceOnFile> licences(long id) {
        get(id);
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("select l from LicenceEntity l where l.customerId = :c"
                + " order by l.expiresOn, l.id", LicenceEntity.class).setParameter("c", id).getResultList().stream()
                .map(l -> new LicenceOnFile(l.name, l.number, l.expiresOn, l.verified)).collect(Collectors.toList()));
    }

    @Override
    public CustomerSnapshot snapshot(long id) {
        CustomerView v = get(id);
        CustomerView.Contact first = v.contacts().isEmpty() ? null : v.contacts().get(0);
        return new CustomerSnapshot(v.id(), v.code(), v.data().fullName(), v.data().address(),
                first == null ? null : first.data().name(),
                first != null && first.data().phone() != null ? first.data().phone() : v.data().phone(),
                v.data().taxNumber(), v.data().bankName(), v.data().bankAccount());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static CustomerSummary summary(CustomerEntity e) {
        return new CustomerSummary(e.id, e.code, e.fullName, e.shortName, e.lifecycle, e.nature, e.grade, e.region,
                e.route, e.salesperson, e.archived);
    }

    private static CustomerEntity find(EntityManager em, long id) {
        CustomerEntity e = em.find(CustomerEntity.class, id);
        if (e == null) {
            throw new NotFoundException("customer", id);
        }
        return e;
    }

    private static CustomerEntity load(EntityManager em, long id, int version) {
        CustomerEntity e = find(em, id);
        ConflictException.requireVersion(e.version, version, "customer", e.code);
        return e;
    }

    private static List<ContactEntity> contacts(EntityManager em, long customerId) {
        return em.createQuery("select c from ContactEntity c where c.customerId = :id order by c.position, c.id",
                ContactEntity.class).setParameter("id", customerId).getResultList();
    }

    private static CustomerView view(EntityManager em, CustomerEntity e) {
        return view(e, contacts(em, e.id).stream()
                .map(c -> new CustomerView.Contact(c.id, Forms.read(ContactData.class, c))).collect(Collectors.toList()));
    }

    private static CustomerView view(CustomerEntity e, List<CustomerView.Contact> contacts) {
        return new CustomerView(e.id, e.code, e.version, e.archived, e.grade, e.currency, e.createdAt, e.createdBy,
                e.updatedAt, e.updatedBy, Forms.read(CustomerData.class, e), contacts);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Published in the writing transaction: heard only once it commits. */
    private void post(String topic, CustomerView v, Actor actor, String[] fields) {
        Map<String, Object> props = new HashMap<>();
        props.put(CrmEvents.CUSTOMER_ID, v.id());
        props.put(CrmEvents.CODE, v.code());
        props.put(NeiqinEvents.ACTOR, actor.name());
        if (fields != null) {
            props.put(CrmEvents.FIELDS, fields);
        }
        events.publish(topic, props);
    }
}
