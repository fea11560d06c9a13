package org.neiqin.logistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Materials and samples sent out (寄出资料/样品登记): registered with what, to whom, how, the cost and the
 * tracking number, and checked by a second person (the one who registered never checks).
 */
@Component(service = MailingService.class)
public class MailingService {
    private final LogisticsStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final CustomerDirectory customers;

    private final CompanyCurrency currency;

    @Activate
    public MailingService(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference CustomerDirectory customers,
            @Reference CompanyCurrency currency) {
        this.currency = currency;
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.customers = customers;
    }

    /** @return the currency mailings' costs are in: the company's */
    public String currency() {
        return currency.code();
    }

    public MailingView register(MailingRequest r) {
        Actor actor = security.require(LogisticsModule.WRITE);
        List<FieldError> errors = new ArrayList<>(Forms.check(r));
        // a mailing's cost is in the company's currency, as every mailing's
        errors.addAll(Forms.inCurrency(r, currency.code()));
        if (r.kind() == LineKind.GOODS) {
            errors.add(new FieldError("kind", "choice", Text.of("logistics.mailing.goods",
                    "goods go on a delivery note; here samples, material and gifts are registered")));
        }
        Forms.require(errors);
        if (r.customer() != null) {
            try {
                customers.snapshot(r.customer());
            } catch (NotFoundException e) {
                throw new org.neiqin.api.error.ValidationException("customer", "unknown", Text.of(
                        "logistics.mailing.customer", "there is no customer {0}", r.customer()));
            }
        }
        return store.write(em -> {
            MailingEntity e = new MailingEntity();
            e.kind = r.kind();
            e.what = r.what().trim();
            e.quantity = r.quantity();
            e.customerId = r.customer();
            e.recipient = r.recipient().trim();
            e.address = r.address().trim();
            e.method = r.method();
            e.cost = r.cost() == null ? null : r.cost().amount();
            e.tracking = Forms.trimmed(r.tracking());
            e.sentOn = r.sentOn();
            e.code = numbering.next(LogisticsModule.MAILING_NUMBERING, store.today(), Map.of());
            store.create(em, e, actor);
            store.audit(em, LogisticsModule.MAILING_ENTITY, e.id, AuditAction.CREATE, null, Forms.filled(r));
            return view(e);
        });
    }

    /** A second person checks what was sent against the register; the one who registered it does not. */
    public MailingView check(long id, int version) {
        Actor actor = security.require(LogisticsModule.WRITE);
        return store.write(em -> {
            MailingEntity e = Store.load(em, MailingEntity.class, id, version, "mailing");
            if (e.checkedBy != null) {
                throw new ConflictException("checked", Text.of("logistics.mailing.checked", "{0} was checked by {1} already",
                        e.code, e.checkedBy));
            }
            if (e.stamps.createdBy().equals(actor.name())) {
                throw new ConflictException("fourEyes", Text.of("logistics.mailing.fourEyes",
                        "{0} was registered by you: a second person checks it", e.code));
            }
            e.checkedBy = actor.name();
            e.checkedAt = store.now();
            store.touch(e, actor);
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("checkedBy", null);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("checkedBy", actor.name());
            store.audit(em, LogisticsModule.MAILING_ENTITY, e.id, AuditAction.UPDATE, before, after);
            return view(e);
        });
    }

    /** @return one page of what was sent, as the query filters and orders it, and the size of the whole filtered list */
    public ListQuery.Page<MailingView> list(MailingQuery q) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            ListQuery query = ListQuery.of("MailingEntity", "v")
                    .text(q.text(), "code", "what", "recipient", "tracking")
                    .eq("kind", q.kind())
                    .eq("customerId", q.customer())
                    .isNull("checkedBy", q.unchecked());
            return query.page(Store.jpql(em), MailingEntity.class, q.orderBy(), q.offset(), q.limit())
                    .map(this::view);
        });
    }

    public MailingView get(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> view(Store.find(em, MailingEntity.class, id, "mailing")));
    }

    /** @return a mailing as users read it; its cost in the company's currency, as every mailing's */
    MailingView view(MailingEntity e) {
        return new MailingView(e.id, e.code, e.version, e.kind, e.what, e.quantity.stripTrailingZeros(), e.customerId,
                e.recipient, e.address, e.method, e.cost == null ? null : currency.of(e.cost), e.tracking, e.sentOn, e.checkedBy, e.checkedAt, e.stamps.createdAt(),
                e.stamps.createdBy());
    }
}
