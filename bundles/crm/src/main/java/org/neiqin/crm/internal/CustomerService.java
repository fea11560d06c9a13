package org.neiqin.crm.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.neiqin.kit.store.Stamps;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.crm.CrmEvents;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Customer cards: create, change, archive, contacts; one card, a page of the list, a
 * card's history. Every entry point (REST, console, shell) comes here: the caller's permission is
 * checked, the input validated, the change written with its audit entry in one transaction, and the
 * event heard after commit. Other modules read cards through {@link CustomerDirectoryService}; imports are
 * {@link CustomerImports}, files other modules open {@link CustomerOpening}.
 */
@Component(service = CustomerService.class, configurationPid = CustomerService.PID)
@Designate(ocd = CustomerService.Config.class)
public class CustomerService {
    static final String PID = "org.neiqin.crm";

    /** Company settings of the customer files ({@code etc/org.neiqin.crm.cfg}). */
    @ObjectClassDefinition(name = "Neiqin customer files")
    public @interface Config {
        @AttributeDefinition(description = "Annual volume from which a customer is a key customer (A)")
        String grade_key() default "1000000";

        @AttributeDefinition(description = "Annual volume from which a customer is a general customer (B)")
        String grade_general() default "100000";
    }

    private final CrmStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final CompanyCurrency currency;
    private volatile GradeRule grades;

    @Activate
    public CustomerService(@Reference CrmStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference CompanyCurrency currency, Config config) {
        this.currency = currency;
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.grades = new GradeRule(new BigDecimal(config.grade_key()), new BigDecimal(config.grade_general()));
    }

    // ---- writes ------------------------------------------------------------------------------

    public CustomerView create(CustomerData data) {
        Actor actor = security.require(CrmModule.WRITE);
        validate(data);
        return store.write(em -> {
            CustomerView created = insert(em, data, actor, AuditAction.CREATE,
                    numbering.next(CrmModule.NUMBERING, store.today(), Map.of()));
            post(CrmEvents.CUSTOMER_CREATED, created, actor, null);
            return created;
        });
    }

    /** Writes a new card with its number and audit entry, in the caller's transaction (create, import, opening). */
    CustomerView insert(EntityManager em, CustomerData data, Actor actor, AuditAction action, String code) {
        CustomerEntity e = new CustomerEntity();
        e.currency = currency.code();
        Forms.copy(data, e);
        e.code = code;
        e.grade = grades.grade(amount(data.annualVolume()));
        e.creditDays = data.creditDays() == null ? 0 : data.creditDays();
        store.create(em, e, actor);
        store.audit(em, CrmModule.ENTITY, e.id, action, null, Forms.filled(data));
        // a new card has no contacts yet: no query while the number and audit chain are locked
        return view(e, List.of());
    }

    public CustomerView update(long id, int version, CustomerData data) {
        Actor actor = security.require(CrmModule.WRITE);
        validate(data);
        return store.write(em -> {
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
            e.grade = grades.grade(amount(data.annualVolume()));
            e.creditDays = data.creditDays() == null ? 0 : data.creditDays();
            store.touch(e, actor);
            store.audit(em, CrmModule.ENTITY, id, AuditAction.UPDATE, changed.before(), changed.after());
            CustomerView updated = view(em, e);
            post(CrmEvents.CUSTOMER_CHANGED, updated, actor, changed.after().keySet().toArray(new String[0]));
            return updated;
        });
    }

    public CustomerView archive(long id, int version) {
        Actor actor = security.require(CrmModule.ARCHIVE);
        return store.write(em -> {
            CustomerEntity e = load(em, id, version);
            if (e.archived) {
                throw new ConflictException("archived", Text.of("crm.customer.alreadyArchived",
                        "customer {0} is already archived", e.code));
            }
            Lifecycle before = e.lifecycle;
            e.archived = true;
            e.lifecycle = Lifecycle.DORMANT;
            store.touch(e, actor);
            store.audit(em, CrmModule.ENTITY, id, AuditAction.ARCHIVE,
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
        return store.write(em -> {
            CustomerEntity e = visible(em, customerId);
            ContactEntity c = new ContactEntity();
            Forms.copy(contact, c);
            c.customerId = customerId;
            c.position = contacts(em, customerId).size();
            store.persist(em, c);
            store.touch(e, actor);
            store.audit(em, CrmModule.ENTITY, customerId, AuditAction.UPDATE, null,
                    Map.of("contact added", contact.name()));
            return view(em, e);
        });
    }

    public CustomerView removeContact(long customerId, long contactId) {
        Actor actor = security.require(CrmModule.WRITE);
        return store.write(em -> {
            CustomerEntity e = visible(em, customerId);
            ContactEntity c = em.find(ContactEntity.class, contactId);
            if (c == null || !c.customerId.equals(customerId)) {
                throw new NotFoundException("contact", contactId);
            }
            em.remove(c);
            store.touch(e, actor);
            store.audit(em, CrmModule.ENTITY, customerId, AuditAction.UPDATE,
                    Map.of("contact removed", c.name), null);
            return view(em, e);
        });
    }

    /** @return the currency a new customer's file keeps its amounts in: the company's */
    public String currency() {
        return currency.code();
    }

    /** Checks a card as every way of making one does; 400 with each field's problem. */
    void validate(CustomerData d) {
        List<org.neiqin.api.error.FieldError> errors = new java.util.ArrayList<>(CustomerRules.check(d, store.today()));
        // every amount of a customer's file is in the company's currency, the one its orders and credit are in
        errors.addAll(Forms.inCurrency(d, currency.code()));
        errors.addAll(Scopes.problems(security.scope(), d.salesperson(), d.region(), "customers"));
        Forms.require(errors);
    }

    private static java.math.BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    // ---- reads -------------------------------------------------------------------------------

    public CustomerView get(long id) {
        security.require(CrmModule.READ);
        return store.read(em -> view(em, visible(em, id)));
    }

    /**
     * One card as another module's record that names it needs it (its contact, address, licences): the caller's
     * permission is asked, not their record scope — a document outlives a customer's reassignment.
     */
    CustomerView named(long id) {
        security.require(CrmModule.READ);
        return store.read(em -> view(em, find(em, id)));
    }

    /** @return one page of the list (its lines, not whole cards) and the size of the whole filtered list. */
    public ListQuery.Page<CustomerRow> list(CustomerQuery q) {
        security.require(CrmModule.READ);
        return store.read(em -> {
            // the code is unique: ordering by it alone lets the database walk its index
            String order = Stamps.path("c", q.sort()) + (q.descending() ? " desc" : " asc") + ("code".equals(q.sort()) ? "" : ", c.code");
            return ListQuery.of("CustomerEntity", "c")
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
                    .scope(security.scope(), "salesperson", "region")
                    .page(Store.jpql(em), CustomerRow.COLUMNS, CustomerRow::of, order, q.offset(), q.limit());
        });
    }


    public List<AuditEntry> history(long id) {
        security.require(CrmModule.READ);
        store.read(em -> visible(em, id));
        return store.history(CrmModule.ENTITY, id);
    }

    // ---- helpers -----------------------------------------------------------------------------
    static CustomerEntity find(EntityManager em, long id) {
        return Store.find(em, CustomerEntity.class, id, "customer");
    }

    /** @return the card, when the caller's scope reaches it; 404 as for no card otherwise */
    CustomerEntity visible(EntityManager em, long id) {
        CustomerEntity e = find(em, id);
        return Scopes.require(security.scope(), e, e.salesperson, e.region, "customer", id);
    }

    /** @return the card at {@code version}, when the caller's scope reaches it (checked first: 404, not 409) */
    private CustomerEntity load(EntityManager em, long id, int version) {
        CustomerEntity e = visible(em, id);
        ConflictException.requireVersion(e.version(), version, "customer", e.reference());
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
        return new CustomerView(e.id, e.code, e.version, e.archived, e.grade, e.currency, e.stamps.createdAt(), e.stamps.createdBy(),
                e.stamps.updatedAt(), e.stamps.updatedBy(), Forms.read(CustomerData.class, e), contacts);
    }

    /** Published in the writing transaction: heard only once it commits. */
    void post(String topic, CustomerView v, Actor actor, String[] fields) {
        store.event(topic, actor).with(CrmEvents.CUSTOMER_ID, v.id()).with(CrmEvents.CODE, v.code())
                .with(CrmEvents.FIELDS, fields).publish();
    }
}
