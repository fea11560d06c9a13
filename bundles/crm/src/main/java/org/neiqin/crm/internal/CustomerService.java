package org.neiqin.crm.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberRange;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.imports.RecordImport;
import org.neiqin.kit.imports.ImportFile;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Customer cards: create, change, archive, import, contacts; one card, a page of the list, a
 * card's history. Every entry point (REST, console, shell) comes here: the caller's permission is
 * checked, the input validated, the change written with its audit entry in one transaction, and the
 * event heard after commit. Other modules read cards through {@link CustomerDirectoryService}.
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

    /**
     * Opens a file for a party another module knows (a won investment lead), once per origin: the same origin again
     * finds the file made the first time. The card is a prospective general company on prepayment with its first
     * contact; the history says where it came from.
     *
     * @return the file's id
     */
    public long open(org.neiqin.api.crm.NewCustomer n) {
        Actor actor = security.require(CrmModule.WRITE);
        if (n.origin() == null || n.origin().isBlank() || n.origin().length() > 100) {
            throw new IllegalArgumentException("a customer opened by another module names its origin (100 characters)");
        }
        Map<String, String> card = new java.util.HashMap<>();
        card.put("fullName", n.fullName());
        card.put("phone", n.phone());
        card.put("email", n.email());
        card.put("region", n.region());
        card.put("salesperson", n.salesperson());
        card.put("plans", n.note());
        card.put("lifecycle", org.neiqin.api.crm.Lifecycle.PROSPECTIVE.name());
        card.put("nature", org.neiqin.api.crm.Nature.GENERAL_COMPANY.name());
        card.put("paymentTerms", org.neiqin.api.crm.PaymentTerms.PREPAYMENT.name());
        card.put("infoSource", InfoSource.CUSTOMER_FORM.name());
        CustomerData data = Forms.bind(CustomerData.class, card::get);
        validate(data);
        ContactData contact = n.contactName() == null || n.contactName().isBlank() ? null
                : new ContactData(n.contactName().trim(), null, n.contactPhone(), n.contactEmail());
        if (contact != null) {
            Forms.require(Forms.check(contact));
        }
        return store.write(em -> {
            CustomerOriginEntity known = em.find(CustomerOriginEntity.class, n.origin());
            if (known != null) {
                return known.customerId;
            }
            CustomerView created = insert(em, data, actor, AuditAction.CREATE,
                    numbering.next(CrmModule.NUMBERING, store.today(), Map.of()));
            CustomerOriginEntity origin = new CustomerOriginEntity();
            origin.origin = n.origin();
            origin.reference = n.reference();
            origin.customerId = created.id();
            em.persist(origin);
            // a second opening of the same origin at this moment waits here and then fails, leaving one file
            em.flush();
            store.audit(em, CrmModule.ENTITY, created.id(), AuditAction.UPDATE, null,
                    Map.of("openedFrom", n.reference() == null ? n.origin() : n.reference()));
            if (contact != null) {
                ContactEntity c = new ContactEntity();
                Forms.copy(contact, c);
                c.customerId = created.id();
                c.position = 0;
                store.persist(em, c);
            }
            post(CrmEvents.CUSTOMER_CREATED, created, actor, null);
            return created.id();
        });
    }

    /**
     * A dry run of an import of a file as uploaded, a workbook or a CSV in any encoding the kit reads,
     * read as it streams: every problem, nothing changed.
     *
     * @param charset the CSV's character set when the user names it, else null
     */
    public RecordImport.Checked checkImport(ImportFile file, String charset) {
        security.require(CrmModule.IMPORT);
        return read(file, charset, c -> { });
    }

    private RecordImport.Checked read(ImportFile file, String charset, Consumer<CustomerData> cards) {
        return CsvImport.definition(store.today(), currency.code()).read(file, charset, cards);
    }

    /**
     * Imports a file's cards all together, when it is clean: one transaction, so either every card is
     * created (each with its number and audit entry) or none is. The file is read twice as it streams,
     * the check first, then the import; every {@value #IMPORT_BATCH} cards the transaction lets go of
     * what it wrote ({@link Store#release}), so memory does not grow with the file. One
     * {@link CrmEvents#CUSTOMERS_IMPORTED} event is sent, not one per card.
     *
     * @return how many cards were created
     * @throws ValidationException 400 naming the problems ({@value RecordImport#SHOWN_PROBLEMS} at most, row
     *         by row) when the file has any; nothing is imported until every row is correct
     */
    public RecordImport.Checked importCustomers(ImportFile file, String charset) {
        Actor actor = security.require(CrmModule.IMPORT);
        RecordImport.Checked checked = read(file, charset, c -> { });
        if (!checked.report().clean()) {
            throw new ValidationException(checked.report().errors());
        }
        return store.write(em -> {
            int[] n = {0};
            String[] codes = new String[2];
            // every card's number in one step: gapless, in file order
            NumberRange numbers = numbering.reserve(CrmModule.NUMBERING, store.today(), Map.of(),
                    checked.report().records());
            RecordImport.Checked again = read(file, charset, d -> {
                validate(d);
                if (n[0] >= numbers.size()) {
                    throw new IllegalStateException("the import file read differently the second time");
                }
                CustomerView v = insert(em, d, actor, AuditAction.IMPORT, numbers.get(n[0]));
                codes[0] = codes[0] == null ? v.code() : codes[0];
                codes[1] = v.code();
                if (++n[0] % IMPORT_BATCH == 0) {
                    store.release(em);
                }
            });
            if (!again.report().clean() || n[0] != checked.report().records()) {
                // the copy read twice is the server's own; reaching here means it changed under the import
                throw new IllegalStateException("the import file read differently the second time");
            }
            store.event(CrmEvents.CUSTOMERS_IMPORTED, actor).with(CrmEvents.COUNT, n[0])
                    .with(CrmEvents.FIRST_CODE, codes[0]).with(CrmEvents.LAST_CODE, codes[1]).publish();
            return again;
        });
    }

    /** Cards written between two releases of an import. */
    static final int IMPORT_BATCH = 500;

    private CustomerView insert(EntityManager em, CustomerData data, Actor actor, AuditAction action, String code) {
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
            CustomerEntity e = find(em, customerId);
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
            CustomerEntity e = find(em, customerId);
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

    private void validate(CustomerData d) {
        List<org.neiqin.api.error.FieldError> errors = new java.util.ArrayList<>(CustomerRules.check(d, store.today()));
        // every amount of a customer's file is in the company's currency, the one its orders and credit are in
        errors.addAll(Forms.inCurrency(d, currency.code()));
        Forms.require(errors);
    }

    private static java.math.BigDecimal amount(Money m) {
        return m == null ? null : m.amount();
    }

    // ---- reads -------------------------------------------------------------------------------

    public CustomerView get(long id) {
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
                    .page(Store.jpql(em), CustomerRow.COLUMNS, CustomerRow::of, order, q.offset(), q.limit());
        });
    }


    public List<AuditEntry> history(long id) {
        security.require(CrmModule.READ);
        return store.history(CrmModule.ENTITY, id);
    }

    // ---- helpers -----------------------------------------------------------------------------
    static CustomerEntity find(EntityManager em, long id) {
        return Store.find(em, CustomerEntity.class, id, "customer");
    }

    private static CustomerEntity load(EntityManager em, long id, int version) {
        return Store.load(em, CustomerEntity.class, id, version, "customer");
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
    private void post(String topic, CustomerView v, Actor actor, String[] fields) {
        store.event(topic, actor).with(CrmEvents.CUSTOMER_ID, v.id()).with(CrmEvents.CODE, v.code())
                .with(CrmEvents.FIELDS, fields).publish();
    }
}
