package org.neiqin.logistics.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.credit.CreditCheck;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;

/**
 * Logistics' services built with {@code new} around a store whose persistence context is a map of
 * rows: {@code find} answers the rows added, queries answer nothing, and the audit entries and events
 * a service writes are kept to be read. Enough to test a service's decisions and their order without
 * a database; the SQL is the Pax Exam tests' job.
 */
final class Fixture {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    final Map<String, Object> rows = new HashMap<>();
    final List<String> audits = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    /** what was reported to contracts' fulfilment ledger: source, document, value */
    final List<String> delivered = new ArrayList<>();
    /** the payment terms on the customer's file today */
    PaymentTerms customerTerms = PaymentTerms.CREDIT;
    /** the permissions the acting user holds */
    Set<String> permissions = Set.of(LogisticsModule.READ, LogisticsModule.WRITE, LogisticsModule.FINANCE_SIGN,
            LogisticsModule.WAREHOUSE, LogisticsModule.EXCEPTION);
    final Actor actor = new Actor("tester", Set.of());

    final LogisticsStore store;
    final SecurityService security;
    final CreditService credit;
    final NoteReader reader;
    final PaymentGate gate;
    final Dispatch dispatch;

    Fixture() {
        EntityManager em = proxy(EntityManager.class, (m, args) -> switch (m) {
            case "find" -> rows.get(((Class<?>) args[0]).getSimpleName() + "#" + args[1]);
            case "createQuery" -> query();
            default -> null;
        });
        JpaTemplate jpa = new JpaTemplate() {
            @Override
            public <R> R txExpr(TransactionType type, EmFunction<R> work) {
                return work.apply(em);
            }

            @Override
            public void tx(TransactionType type, EmConsumer work) {
                work.accept(em);
            }

            @Override
            public <R> R txExpr(EmFunction<R> work) {
                return work.apply(em);
            }

            @Override
            public void tx(EmConsumer work) {
                work.accept(em);
            }
        };
        AuditService audit = proxy(AuditService.class, (m, args) -> {
            if (m.equals("record")) {
                audits.add(args[3] + " " + args[5]);
            }
            return null;
        });
        long[] ids = {100};
        IdService idService = run -> ++ids[0];
        EventPublisher publisher = (topic, properties) -> events.add(topic);
        CompanyClock clock = new CompanyClock() {
            @Override
            public LocalDate today() {
                return TODAY;
            }

            @Override
            public Instant now() {
                return TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("UTC");
            }

            @Override
            public DayOfWeek weekStart() {
                return DayOfWeek.MONDAY;
            }
        };
        store = new LogisticsStore(jpa, proxy(SchemaReady.class, (m, args) -> null), idService, audit, publisher, clock);
        security = new SecurityService() {
            @Override
            public Optional<Actor> currentActor() {
                return Optional.of(actor);
            }

            @Override
            public Actor require(String permission) {
                if (!permissions.contains(permission)) {
                    throw new AccessDeniedException(permission);
                }
                return actor;
            }

            @Override
            public boolean isPermitted(Actor a, String permission) {
                return permissions.contains(permission);
            }

            @Override
            public org.neiqin.api.security.RecordScope scope() {
                return org.neiqin.api.security.RecordScope.ALL;
            }

            @Override
            public <T> T runAs(Actor a, Supplier<T> work) {
                return work.get();
            }
        };
        credit = new CreditService() {
            @Override
            public CreditTerms terms(long customerId) {
                return new CreditTerms("A", Money.of("100000", "CNY"), customerTerms, 30);
            }

            @Override
            public Money owed(long customerId, String currency) {
                return Money.zero(currency);
            }

            @Override
            public CreditCheck check(long customerId, Money amount) {
                return CreditCheck.of(terms(customerId), owed(customerId, amount.currency().getCurrencyCode()), amount);
            }

            @Override
            public java.util.Optional<org.neiqin.api.error.Text> stop(long customerId) {
                return java.util.Optional.empty();
            }
        };
        reader = new NoteReader(store, security, null, credit);
        gate = new PaymentGate(store, security, credit, reader);
        // notes without order lines here: the legality of the sale asks contracts only for goods taken from an order
        dispatch = new Dispatch(store, security, gate, new Legality(null, null, store, security), reader,
                (source, document, value) -> delivered.add(source + " " + document + " " + value.toPlainString()));
    }

    /** @return a note of 8 t of goods in {@code state}, prepared under {@code terms}, sent by a carrier */
    NoteEntity note(NoteState state, PaymentTerms terms) {
        NoteEntity e = new NoteEntity();
        e.id = 1L;
        e.code = "FH202612-0001";
        e.state = state;
        e.documentId = 7;
        e.documentNumber = "LN-SY-NO.0001";
        e.customerId = 3;
        e.customerName = "沈阳北方机械";
        e.paymentTerms = terms;
        e.deliveryMethod = DeliveryMethod.CARRIER;
        e.promisedOn = TODAY;
        e.currency = "CNY";
        e.amount = new BigDecimal("33600.00");
        rows.put("NoteEntity#1", e);
        return e;
    }

    /** @return a carrier in the register, screened or not, its agreement valid this year */
    CarrierEntity carrier(long id, boolean screened) {
        CarrierEntity c = new CarrierEntity();
        c.id = id;
        c.name = "沈阳顺达物流";
        c.validFrom = LocalDate.of(2026, 1, 1);
        c.validTo = LocalDate.of(2026, 12, 31);
        c.screenedBy = screened ? "manager" : null;
        rows.put("CarrierEntity#" + id, c);
        return c;
    }

    private Object query() {
        return proxy(TypedQuery.class, (m, args) -> switch (m) {
            case "getResultList" -> List.of();
            case "getSingleResult" -> 0L;
            case "executeUpdate" -> 0;
            default -> m.startsWith("set") ? query() : null;
        });
    }

    interface Handler {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, Handler h) {
        return (T) Proxy.newProxyInstance(Fixture.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> m.getName().equals("toString") ? type.getSimpleName() : h.answer(m.getName(), args));
    }

    /** @return the last audit entry: its action and what it recorded */
    String lastAudit() {
        return audits.get(audits.size() - 1);
    }

    static boolean isTransition(String audit) {
        return audit.startsWith(AuditAction.TRANSITION.name());
    }
}
