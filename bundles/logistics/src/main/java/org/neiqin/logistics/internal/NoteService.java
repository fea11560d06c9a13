package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.money.Money;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivery notes: every entry point (REST, console, shell) comes here. The caller's permission is
 * checked first, the input next; the note, its lines and its audit entry are written in one
 * transaction. {@code etc/org.neiqin.logistics.cfg} may let deliveries go above the order
 * ({@code overDeliveryPercent}, 0 by default).
 */
@Component(service = NoteService.class, configurationPid = "org.neiqin.logistics")
public class NoteService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NoteService.class);

    private final LogisticsStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final ContractLedger ledger;
    private final CustomerDirectory customers;
    private final ReviewService reviews;
    private final CreditService credit;
    private volatile BigDecimal tolerancePercent = BigDecimal.ZERO;
    @Activate
    public NoteService(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference ContractLedger ledger,
            @Reference CustomerDirectory customers, @Reference ReviewService reviews, @Reference CreditService credit,
            Map<String, Object> config) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.ledger = ledger;
        this.customers = customers;
        this.reviews = reviews;
        this.credit = credit;
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Object v = config.get("overDeliveryPercent");
        if (v == null || String.valueOf(v).isBlank()) {
            tolerancePercent = BigDecimal.ZERO;
            return;
        }
        try {
            BigDecimal p = new BigDecimal(String.valueOf(v).trim());
            if (p.signum() >= 0 && p.compareTo(new BigDecimal("100")) <= 0) {
                tolerancePercent = p;
                return;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        LOG.warn("etc/org.neiqin.logistics.cfg: overDeliveryPercent = {} is not a per cent from 0 to 100; {} % stays in force",
                v, tolerancePercent.toPlainString());
    }

    /** Prepares a note against an order or contract in force; its quantities are taken from the order at once. */
    public NoteView prepare(NoteRequest r) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Forms.require(NoteRules.check(r));
        ContractDocument doc = ledger.find(r.document()).orElseThrow(() -> new ValidationException("document", "unknown",
                Text.of("logistics.document.unknown", "there is no order or contract {0}", r.document())));
        if (doc.kind() == DocumentKind.QUOTATION || doc.state() != DocumentState.EFFECTIVE) {
            throw new ValidationException("document", "state", Text.of("logistics.document.notInForce",
                    "{0} is not an order or contract in force ({1}): goods ship only against one",
                    doc.number() == null ? String.valueOf(doc.id()) : doc.number(), doc.state()));
        }
        Map<Long, ContractLine> orderLines = new HashMap<>();
        doc.lines().forEach(l -> orderLines.put(l.id(), l));
        List<FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < r.lines().size(); i++) {
            NoteRequest.Line l = r.lines().get(i);
            if (l.kindOrGoods() == LineKind.GOODS && !orderLines.containsKey(l.line())) {
                unknown.add(new FieldError("lines[" + i + "].line", "unknown", Text.of("logistics.line.unknown",
                        "{0} has no line {1}", doc.number(), l.line())));
            }
        }
        Forms.require(unknown);
        PaymentTerms terms = customers.creditTerms(doc.customerId()).paymentTerms();
        TreeSet<Long> taken = new TreeSet<>();
        r.lines().stream().filter(l -> l.kindOrGoods() == LineKind.GOODS).forEach(l -> taken.add(l.line()));
        ensureLockRows(doc.id(), taken);
        return store.write(em -> {
            lock(em, taken);
            Map<Long, BigDecimal> onNotes = onNotes(em, taken);
            List<FieldError> over = new ArrayList<>();
            for (int i = 0; i < r.lines().size(); i++) {
                NoteRequest.Line l = r.lines().get(i);
                if (l.kindOrGoods() != LineKind.GOODS) {
                    continue;
                }
                ContractLine ol = orderLines.get(l.line());
                BigDecimal already = onNotes.getOrDefault(l.line(), BigDecimal.ZERO);
                BigDecimal left = NoteRules.remaining(ol.quantity(), already, tolerancePercent);
                if (l.quantity().compareTo(left) > 0) {
                    over.add(new FieldError("lines[" + i + "].quantity", "remaining", Text.of("logistics.quantity.overOrder",
                            "line {0} ({1}): only {2} {3} left to deliver (ordered {4}, on notes {5})", ol.lineNo(),
                            ol.product(), left.toPlainString(), ol.unit(), ol.quantity().stripTrailingZeros().toPlainString(),
                            already.stripTrailingZeros().toPlainString())));
                }
            }
            Forms.require(over);
            String currency = doc.total().currency().getCurrencyCode();
            NoteEntity e = new NoteEntity();
            e.state = NoteState.PREPARED;
            e.documentId = doc.id();
            e.documentNumber = doc.number();
            e.customerId = doc.customerId();
            e.customerName = doc.customerName();
            e.region = doc.region();
            e.paymentTerms = terms;
            e.shipTo = blankToNull(r.shipTo());
            e.contact = blankToNull(r.contact());
            e.phone = blankToNull(r.phone());
            e.deliveryMethod = r.deliveryMethod();
            e.promisedOn = r.promisedOn();
            e.expectedArrival = r.expectedArrival();
            e.note = blankToNull(r.note());
            e.currency = currency;
            e.amount = BigDecimal.ZERO.setScale(2);
            e.code = numbering.next(LogisticsModule.NUMBERING, store.today(), Map.of());
            store.create(em, e, actor);
            int no = 0;
            for (NoteRequest.Line l : r.lines()) {
                NoteLineEntity line = new NoteLineEntity();
                line.noteId = e.id;
                line.lineNo = ++no;
                line.kind = l.kindOrGoods();
                line.quantity = l.quantity();
                line.batch = blankToNull(l.batch());
                if (line.kind == LineKind.GOODS) {
                    ContractLine ol = orderLines.get(l.line());
                    line.contractLineId = ol.id();
                    line.product = ol.product();
                    line.spec = ol.spec();
                    line.unit = ol.unit();
                    line.unitPrice = ol.unitPrice().amount();
                    line.amount = ol.unitPrice().amount().multiply(l.quantity()).setScale(2, RoundingMode.HALF_UP);
                    e.amount = e.amount.add(line.amount);
                } else {
                    line.product = l.product().trim();
                    line.spec = blankToNull(l.spec());
                    line.unit = blankToNull(l.unit());
                    line.amount = BigDecimal.ZERO.setScale(2);
                }
                store.persist(em, line);
            }
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.CREATE, null, summary(e));
            post(LogisticsEvents.PREPARED, e, actor);
            return view(em, e);
        });
    }

    /**
     * Makes sure every order line of a note has its lock row, each in a transaction of its own: two
     * notes prepared at once for a line never shipped before both try to make it; the second finds it made.
     */
    private void ensureLockRows(long documentId, TreeSet<Long> lines) {
        for (Long line : lines) {
            boolean exists = store.read(em -> em.find(LineLockEntity.class, line) != null);
            if (exists) {
                continue;
            }
            try {
                store.run(em -> {
                    LineLockEntity lock = new LineLockEntity();
                    lock.contractLineId = line;
                    lock.documentId = documentId;
                    em.persist(lock);
                    // seen at once by the locking UPDATE when a caller's transaction holds both (the demo data)
                    em.flush();
                });
            } catch (RuntimeException madeByAnother) {
                if (!store.read(em -> em.find(LineLockEntity.class, line) != null)) {
                    throw madeByAnother;
                }
            }
        }
    }

    /**
     * Locks the order lines' rows until the transaction ends: notes and returns for the same lines wait
     * for each other.
     */
    static void lock(EntityManager em, TreeSet<Long> lines) {
        int locked = em.createQuery("update LineLockEntity k set k.documentId = k.documentId where k.contractLineId in :ids")
                .setParameter("ids", lines).executeUpdate();
        if (locked != lines.size()) {
            throw new IllegalStateException("lock rows missing for order lines " + lines);
        }
    }

    /** @return how much of each order line the notes not cancelled take, less what accepted returns brought back */
    private static Map<Long, BigDecimal> onNotes(EntityManager em, java.util.Collection<Long> lines) {
        Map<Long, BigDecimal> out = new HashMap<>(gross(em, lines));
        returned(em, lines).forEach((line, back) -> out.merge(line, back.negate(), BigDecimal::add));
        return out;
    }

    /** @return how much of each order line the notes not cancelled take */
    private static Map<Long, BigDecimal> gross(EntityManager em, java.util.Collection<Long> lines) {
        return sums(em.createQuery("select l.contractLineId, sum(l.quantity) from NoteLineEntity l, NoteEntity n"
                + " where n.id = l.noteId and n.state <> :cancelled and l.contractLineId in :ids group by l.contractLineId",
                Object[].class).setParameter("cancelled", NoteState.CANCELLED).setParameter("ids", lines).getResultList());
    }

    /** @return how much of each order line accepted returns brought back */
    static Map<Long, BigDecimal> returned(EntityManager em, java.util.Collection<Long> lines) {
        return sums(em.createQuery("select l.contractLineId, sum(l.quantity) from ReturnLineEntity l, ReturnEntity r"
                + " where r.id = l.returnId and r.state = :accepted and l.contractLineId in :ids group by l.contractLineId",
                Object[].class).setParameter("accepted", ReturnState.ACCEPTED).setParameter("ids", lines).getResultList());
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put((Long) row[0], (BigDecimal) row[1]);
        }
        return out;
    }

    /**
     * An order line as the note form shows it: what was ordered, what notes take of it, what accepted
     * returns brought back, and what is left to deliver.
     */
    public record OrderLine(ContractLine line, BigDecimal onNotes, BigDecimal returned, BigDecimal remaining) {
    }

    /** @return the order or contract named by its company number, or by its id when {@code number} is a number */
    public ContractDocument order(String number) {
        security.require(LogisticsModule.READ);
        String n = number == null ? "" : number.trim();
        java.util.Optional<ContractDocument> doc = ledger.findByNumber(n);
        if (doc.isEmpty() && n.matches("\\d{1,18}")) {
            doc = ledger.find(Long.parseLong(n));
        }
        return doc.orElseThrow(() -> new ValidationException("order", "unknown", Text.of("logistics.document.unknown",
                "there is no order or contract {0}", n)));
    }

    /** @return the lines of an order with what notes not cancelled take of each and what is left */
    public List<OrderLine> orderLines(ContractDocument doc) {
        security.require(LogisticsModule.READ);
        List<Long> ids = doc.lines().stream().map(ContractLine::id).toList();
        List<Map<Long, BigDecimal>> sums = ids.isEmpty() ? List.of(Map.of(), Map.of())
                : store.read(em -> List.of(gross(em, ids), returned(em, ids)));
        List<OrderLine> out = new ArrayList<>();
        for (ContractLine l : doc.lines()) {
            BigDecimal on = sums.get(0).getOrDefault(l.id(), BigDecimal.ZERO).stripTrailingZeros();
            BigDecimal back = sums.get(1).getOrDefault(l.id(), BigDecimal.ZERO).stripTrailingZeros();
            out.add(new OrderLine(l, on, back, NoteRules.remaining(l.quantity(), on.subtract(back), tolerancePercent)));
        }
        return out;
    }

    /**
     * Corrects where, how and by when a prepared note ships (the address, contact and phone are taken
     * from the order and often corrected before review). Once in review it is not edited: it is
     * rejected back to prepared, and after it has shipped a correction is a return.
     */
    public NoteView editShipping(long id, int version, NoteShipping s) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Forms.require(NoteRules.check(s));
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            if (e.state != NoteState.PREPARED) {
                throw new ConflictException("state", Text.of("logistics.edit.state",
                        "{0} is {1}: a note is changed only while prepared (a rejected review sends it back; after"
                        + " shipping a correction is a return)", e.code, e.state));
            }
            NoteShipping now = new NoteShipping(blankToNull(s.shipTo()), blankToNull(s.contact()), blankToNull(s.phone()),
                    s.deliveryMethod(), s.promisedOn(), s.expectedArrival(), blankToNull(s.note()));
            Forms.Changes changes = Forms.changes(Forms.read(NoteShipping.class, e), now);
            Forms.copy(now, e);
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, changes.before(), changes.after());
            return view(em, e);
        });
    }

    /** Sends a prepared note to review: a second person must approve it before it ships. */
    public NoteView submit(long id, int version) {
        Actor actor = security.require(LogisticsModule.WRITE);
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            move(em, e, NoteState.IN_REVIEW, actor, null);
            ReviewRef.of(LogisticsModule.REVIEW, e.id).submit(reviews, Text.of("logistics.review.title",
                    "Delivery note {0} for {1}", e.code, e.customerName), Money.of(e.amount, e.currency));
            return view(em, e);
        });
    }

    /**
     * The review's outcome. Rejected, the note goes back to its preparer. Approved, the goods are
     * released, so the payment gate holds here as at shipping: a prepaid note is approved only once
     * finance has signed. A customer over the credit limit (what the credit ledger says it owes,
     * this note's order included; the one rule of every credit check) waits in credit hold for a manager's approval, asked
     * in the preparer's name so that the reviewer may be that manager.
     */
    void reviewed(long id, boolean approved, Actor actor, String reason) {
        store.run(em -> {
            NoteEntity e = Store.find(em, NoteEntity.class, id, "note");
            if (!approved) {
                move(em, e, NoteState.PREPARED, actor, reason);
                return;
            }
            requireStep(e, NoteState.REVIEWED);
            requireGate(e);
            // the ledger counts this note's order already: nothing is added
            Text over = NoteRules.overLimit(credit.check(e.customerId, Money.zero(e.currency)), Money.of(e.amount, e.currency));
            if (over == null) {
                move(em, e, NoteState.REVIEWED, actor, null);
                post(LogisticsEvents.REVIEWED, e, actor);
                return;
            }
            e.creditNote = cut(over.toString(), 500);
            move(em, e, NoteState.CREDIT_HOLD, actor, over.toString());
            security.runAs(new Actor(e.stamps.createdBy(), java.util.Set.of()), () -> ReviewRef.of(LogisticsModule.CREDIT_REVIEW, e.id).submit(reviews, Text.of("logistics.review.credit", "Credit: delivery note {0} for {1} — {2}",
                            e.code, e.customerName, over), Money.of(e.amount, e.currency)));
        });
    }

    /** The manager's word on a note held for credit: approved, it may ship; rejected, it goes back to its preparer. */
    void creditReviewed(long id, boolean approved, Actor actor, String reason) {
        store.run(em -> {
            NoteEntity e = Store.find(em, NoteEntity.class, id, "note");
            if (e.state != NoteState.CREDIT_HOLD) {
                throw new ConflictException("state", Text.of("logistics.state.step", "{0} is {1}: it cannot go to {2}",
                        e.code, e.state, NoteState.REVIEWED));
            }
            if (!approved) {
                move(em, e, NoteState.PREPARED, actor, reason);
                return;
            }
            requireGate(e);
            e.creditNote = cut(e.creditNote + "; over-limit approved by " + actor.name(), 500);
            move(em, e, NoteState.REVIEWED, actor, null);
            post(LogisticsEvents.REVIEWED, e, actor);
        });
    }

    /** @throws ConflictException 409 when the note is for a prepaying customer and finance has not signed */
    private static void requireGate(NoteEntity e) {
        if (!NoteRules.gateOpen(e.paymentTerms, e.financeSignedBy)) {
            throw new ConflictException("paymentGate", Text.of("logistics.gate.held",
                    "{0} is for a prepaying customer: the goods leave only when finance has signed that the money"
                    + " arrived (or signed a manager''s exception)", e.code));
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Posts one of {@link LogisticsEvents}' topics about {@code e}, once the transaction commits. */
    private void post(String topic, NoteEntity e, Actor actor) {
        post(store, topic, e, actor).publish();
    }

    static org.neiqin.kit.store.Store.Event post(LogisticsStore store, String topic, NoteEntity e, Actor actor) {
        return store.event(topic, actor).with(LogisticsEvents.DOCUMENT_ID, String.valueOf(e.id))
                .with(LogisticsEvents.NUMBER, e.code).with(LogisticsEvents.ORDER_ID, e.documentId)
                .with(LogisticsEvents.ORDER_NUMBER, e.documentNumber).with(LogisticsEvents.CUSTOMER_ID, e.customerId)
                .with(LogisticsEvents.AMOUNT, e.amount.toPlainString()).with(LogisticsEvents.CURRENCY, e.currency);
    }

    /**
     * Finance's signature on a prepaid note (财务签字准许装车): the money has arrived, or, where a manager
     * let the note go before the money, finance agrees to that exception.
     */
    public NoteView financeSign(long id, int version) {
        Actor actor = security.require(LogisticsModule.FINANCE_SIGN);
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            if (e.paymentTerms != PaymentTerms.PREPAYMENT) {
                throw new ConflictException("notPrepaid", Text.of("logistics.gate.notPrepaid",
                        "{0} is not prepaid: its goods need no signature from finance", e.code));
            }
            if (e.financeSignedBy != null) {
                throw new ConflictException("signed", Text.of("logistics.gate.signed", "{0} was signed by {1} already",
                        e.code, e.financeSignedBy));
            }
            if (e.state.hasLeft() || e.state == NoteState.CANCELLED) {
                throw new ConflictException("state", Text.of("logistics.gate.late", "{0} is {1}: nothing to sign",
                        e.code, e.state));
            }
            Map<String, Object> before = signature(e);
            e.financeSignedBy = actor.name();
            e.financeSignedAt = store.now();
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, signature(e));
            return view(em, e);
        });
    }

    /**
     * The warehouse's check before the goods leave (仓库核实出货): product, specification, batch numbers and
     * quality status match the note. Only a reviewed note is checked; the warehouse writes down the batch
     * numbers it picked ({@code batches}: line number → batches, replacing what the note said), and every
     * line of goods must name its batches by then.
     */
    public NoteView warehouseCheck(long id, int version, Map<Integer, String> batches) {
        Actor actor = security.require(LogisticsModule.WAREHOUSE);
        Map<Integer, String> given = batches == null ? Map.of() : batches;
        for (Map.Entry<Integer, String> b : given.entrySet()) {
            if (b.getValue() != null && (b.getValue().length() > 200 || b.getValue().chars().anyMatch(ch -> ch < 0x20))) {
                throw new ValidationException("batches." + b.getKey(), "format", Text.of("logistics.length",
                        "at most {0} characters", 200));
            }
        }
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            if (e.state != NoteState.REVIEWED || e.warehouseCheckedBy != null) {
                throw new ConflictException("state", Text.of("logistics.warehouse.state",
                        "{0} is {1}: the warehouse checks a reviewed note once, before it ships", e.code, e.state));
            }
            for (NoteLineEntity l : em.createQuery("select l from NoteLineEntity l where l.noteId = :n", NoteLineEntity.class)
                    .setParameter("n", e.id).getResultList()) {
                String b = given.get(l.lineNo);
                if (b != null && !b.isBlank()) {
                    l.batch = b.trim();
                }
            }
            for (Integer lineNo : given.keySet()) {
                if (lineNo == null || lineNo < 1 || lineNo > em.createQuery("select count(l) from NoteLineEntity l"
                        + " where l.noteId = :n", Long.class).setParameter("n", e.id).getSingleResult()) {
                    throw new ValidationException("batches", "unknown", Text.of("logistics.warehouse.noLine",
                            "{0} has no line {1}", e.code, lineNo));
                }
            }
            em.flush();
            List<Integer> noBatch = em.createQuery("select l.lineNo from NoteLineEntity l where l.noteId = :n and l.kind = :g"
                    + " and (l.batch is null or l.batch = '') order by l.lineNo", Integer.class).setParameter("n", e.id)
                    .setParameter("g", LineKind.GOODS).getResultList();
            if (!noBatch.isEmpty()) {
                throw new ConflictException("batch", Text.of("logistics.warehouse.batch",
                        "{0}: lines {1} name no batch numbers; the warehouse checks goods against their batches", e.code,
                        noBatch.toString()));
            }
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("warehouseCheckedBy", null);
            e.warehouseCheckedBy = actor.name();
            e.warehouseCheckedAt = store.now();
            store.touch(e, actor);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("warehouseCheckedBy", actor.name());
            given.forEach((k, v) -> after.put("batch." + k, v));
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, after);
            return view(em, e);
        });
    }

    /**
     * A manager lets a prepaid note go before the money (特殊情况特殊处理), with a reason; finance must still
     * sign that exception before the goods leave.
     */
    public NoteView allowBeforePayment(long id, int version, String reason) {
        Actor actor = security.require(LogisticsModule.EXCEPTION);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "required", Text.of("logistics.exception.reason",
                    "give the reason why these goods may go before the money"));
        }
        if (reason.length() > 500) {
            throw new ValidationException("reason", "length", Text.of("logistics.length", "at most {0} characters", 500));
        }
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            if (e.paymentTerms != PaymentTerms.PREPAYMENT || e.state.hasLeft() || e.state == NoteState.CANCELLED
                    || e.exceptionReason != null) {
                throw new ConflictException("state", Text.of("logistics.exception.notApplicable",
                        "{0} needs no exception (not prepaid, gone, or excepted already)", e.code));
            }
            Map<String, Object> before = signature(e);
            e.exceptionReason = reason.trim();
            e.exceptionBy = actor.name();
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, signature(e));
            return view(em, e);
        });
    }

    /** The most bytes a proof-of-delivery scan may have. */
    public static final int PROOF_MAX_BYTES = 10 * 1024 * 1024;

    /** A proof-of-delivery scan as uploaded. */
    public record Proof(String fileName, String contentType, byte[] content) {
    }

    /**
     * The hand-over, recorded once the goods have left: who signed the note for the carrier (the
     * driver or the logistics company's clerk) and, when the customer's signed copy comes back, its
     * scan (PDF, PNG or JPEG, at most 10 MB), kept with the note. Either may come first; a scan given
     * again replaces the earlier one (the audit trail keeps that it did).
     */
    public NoteView recordHandover(long id, int version, String carrierSignedBy, String fileName, byte[] scan) {
        Actor actor = security.require(LogisticsModule.WRITE);
        String signer = carrierSignedBy == null || carrierSignedBy.isBlank() ? null : carrierSignedBy.trim();
        if (signer != null && (signer.length() > 100 || signer.chars().anyMatch(ch -> ch < 0x20))) {
            throw new ValidationException("carrierSignedBy", "length", Text.of("logistics.length", "at most {0} characters", 100));
        }
        if (signer == null && (scan == null || scan.length == 0)) {
            throw new ValidationException("carrierSignedBy", "required", Text.of("logistics.handover.empty",
                    "give the name of who signed for the carrier, or the scan of the signed delivery note, or both"));
        }
        String type = scan == null || scan.length == 0 ? null : NoteRules.scanType(scan);
        if (scan != null && scan.length > 0 && type == null) {
            throw new ValidationException("proof", "format", Text.of("logistics.proof.format",
                    "the proof of delivery is a scan or photo: a PDF, PNG or JPEG file"));
        }
        if (scan != null && scan.length > PROOF_MAX_BYTES) {
            throw new ValidationException("proof", "size", Text.of("logistics.proof.size",
                    "the scan has {0} bytes; at most {1} are kept", scan.length, PROOF_MAX_BYTES));
        }
        String name = fileName == null || fileName.isBlank() ? null : fileName.replaceAll("[\\x00-\\x1f\\\\/]", "_").trim();
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            if (!e.state.hasLeft()) {
                throw new ConflictException("state", Text.of("logistics.handover.state",
                        "{0} is {1}: the carrier signs and the proof of delivery comes back once the goods have left",
                        e.code, e.state));
            }
            if (signer != null && e.carrierSignedBy != null) {
                throw new ConflictException("signed", Text.of("logistics.handover.signed",
                        "{0} was signed for the carrier by {1} already", e.code, e.carrierSignedBy));
            }
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            if (signer != null) {
                before.put("carrierSignedBy", null);
                e.carrierSignedBy = signer;
                e.carrierSignedAt = store.now();
                after.put("carrierSignedBy", signer);
            }
            if (type != null) {
                String ext = type.equals("application/pdf") ? ".pdf" : type.equals("image/png") ? ".png" : ".jpg";
                String kept = name == null ? e.code + ext : (name.length() > 200 ? name.substring(name.length() - 200) : name);
                ProofEntity p = em.find(ProofEntity.class, e.id);
                before.put("proof", e.proofName);
                boolean first = p == null;
                if (first) {
                    p = new ProofEntity();
                    p.noteId = e.id;
                } else {
                    em.createQuery("delete from ProofPartEntity p where p.noteId = :n").setParameter("n", e.id).executeUpdate();
                }
                p.fileName = kept;
                p.contentType = type;
                p.sizeBytes = scan.length;
                p.uploadedAt = store.now();
                p.uploadedBy = actor.name();
                if (first) {
                    em.persist(p);
                }
                for (int at = 0, no = 0; at < scan.length; at += ProofPartEntity.SIZE, no++) {
                    ProofPartEntity part = new ProofPartEntity();
                    part.noteId = e.id;
                    part.partNo = no;
                    part.content = java.util.Arrays.copyOfRange(scan, at, Math.min(scan.length, at + ProofPartEntity.SIZE));
                    store.persist(em, part);
                }
                e.proofName = kept;
                after.put("proof", kept + " (" + scan.length + " bytes)");
            }
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, after);
            return view(em, e);
        });
    }

    /** @return the proof-of-delivery scan kept with a note */
    public Proof proof(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            NoteEntity e = Store.find(em, NoteEntity.class, id, "note");
            ProofEntity p = em.find(ProofEntity.class, id);
            if (p == null) {
                throw new org.neiqin.api.error.NotFoundException(Text.of("logistics.proof.none",
                        "{0} has no proof of delivery yet", e.code));
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream(p.sizeBytes);
            for (byte[] part : em.createQuery("select p.content from ProofPartEntity p where p.noteId = :n order by p.partNo",
                    byte[].class).setParameter("n", id).getResultList()) {
                content.writeBytes(part);
            }
            return new Proof(p.fileName, p.contentType, content.toByteArray());
        });
    }

    /**
     * How goods leave: the logistics company (required when the note goes by one; screened, its
     * agreement valid on the ship date), the waybill number and the freight cost.
     */
    public record Shipment(Long carrier, String waybill, BigDecimal freight) {
        static final Shipment NONE = new Shipment(null, null, null);

        boolean given() {
            return carrier != null || (waybill != null && !waybill.isBlank()) || freight != null;
        }
    }

    /** {@link #track(long, int, NoteState, String, Shipment)} with nothing said of the shipment. */
    public NoteView track(long id, int version, NoteState to, String reason) {
        return track(id, version, to, reason, Shipment.NONE);
    }

    /**
     * Moves a note along its tracking steps: shipped (only past the payment gate and the warehouse
     * check, by a usable carrier when it goes by one), in transit, delivered, exception (with a
     * reason), cancelled (a prepared note, giving its quantities back).
     */
    public NoteView track(long id, int version, NoteState to, String reason, Shipment shipment) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Shipment how = shipment == null ? Shipment.NONE : shipment;
        if (to != NoteState.SHIPPED && how.given()) {
            throw new ValidationException("carrier", "forbidden", Text.of("logistics.ship.onlyWhenShipped",
                    "the carrier, waybill and freight are given when the goods leave"));
        }
        if (how.waybill() != null && (how.waybill().length() > 60 || how.waybill().chars().anyMatch(ch -> ch < 0x20))) {
            throw new ValidationException("waybill", "length", Text.of("logistics.length", "at most {0} characters", 60));
        }
        if (how.freight() != null && (how.freight().signum() < 0 || how.freight().stripTrailingZeros().scale() > 2
                || how.freight().compareTo(new BigDecimal("1000000000")) >= 0)) {
            throw new ValidationException("freight", "range", Text.of("logistics.ship.freight",
                    "the freight is an amount of 0 or more with at most 2 decimals"));
        }
        if (to == null || to == NoteState.PREPARED || to == NoteState.IN_REVIEW || to == NoteState.REVIEWED) {
            throw new ValidationException("to", "state", Text.of("logistics.track.target",
                    "a note is tracked to SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION or CANCELLED; review decides the rest"));
        }
        if (to == NoteState.EXCEPTION && (reason == null || reason.isBlank())) {
            throw new ValidationException("reason", "required", Text.of("logistics.track.reason",
                    "say what went wrong with the shipment"));
        }
        if (reason != null && reason.length() > 500) {
            throw new ValidationException("reason", "length", Text.of("logistics.length", "at most {0} characters", 500));
        }
        return store.write(em -> {
            NoteEntity e = Store.load(em, NoteEntity.class, id, version, "note");
            requireStep(e, to);
            if (to == NoteState.SHIPPED) {
                requireGate(e);
            }
            if (to == NoteState.SHIPPED && e.warehouseCheckedBy == null) {
                throw new ConflictException("warehouseCheck", Text.of("logistics.warehouse.missing",
                        "{0}: the warehouse has not yet confirmed that the goods, batches and quality match the note", e.code));
            }
            if (to == NoteState.SHIPPED) {
                if (how.carrier() == null && e.deliveryMethod == DeliveryMethod.CARRIER) {
                    throw new ValidationException("carrier", "required", Text.of("logistics.ship.carrier",
                            "{0} goes by a logistics company: name the one that carries it", e.code));
                }
                if (how.carrier() != null) {
                    CarrierEntity c = em.find(CarrierEntity.class, how.carrier());
                    if (c == null) {
                        throw new ValidationException("carrier", "unknown", Text.of("logistics.carrier.unknown",
                                "there is no logistics company {0} in the register", how.carrier()));
                    }
                    CarrierService.requireUsable(c, store.today());
                    e.carrierId = c.id;
                    e.carrierName = c.name;
                }
                e.waybill = how.waybill() == null || how.waybill().isBlank() ? null : how.waybill().trim();
                e.freight = how.freight() == null ? null : how.freight().setScale(2, RoundingMode.HALF_UP);
            }
            move(em, e, to, actor, reason);
            String topic = to == NoteState.SHIPPED ? LogisticsEvents.SHIPPED : to == NoteState.DELIVERED
                    ? LogisticsEvents.DELIVERED : to == NoteState.EXCEPTION ? LogisticsEvents.EXCEPTION : null;
            if (topic != null) {
                post(store, topic, e, actor).with(LogisticsEvents.REASON, reason == null ? "" : reason.trim()).publish();
            }
            return view(em, e);
        });
    }

    /** @throws ConflictException 409 when the note may not go from where it is to {@code to} */
    private static void requireStep(NoteEntity e, NoteState to) {
        NoteState.STEPS.require(e.state, to, e.code);
    }

    private void move(EntityManager em, NoteEntity e, NoteState to, Actor actor, String reason) {
        requireStep(e, to);
        if (to == NoteState.SHIPPED) {
            e.shippedAt = store.now();
        } else if (to == NoteState.DELIVERED) {
            e.deliveredAt = store.now();
        }
        if (to == NoteState.EXCEPTION) {
            e.problem = reason.trim();
        }
        Map<String, Object> more = new LinkedHashMap<>();
        if (to == NoteState.SHIPPED) {
            more.put("carrier", e.carrierName);
            more.put("waybill", e.waybill);
            more.put("freight", e.freight == null ? null : e.freight.toPlainString() + " " + e.currency);
        }
        store.move(em, LogisticsModule.ENTITY, e, to, actor, reason, more);
    }

    public NoteView get(long id) {
        security.require(LogisticsModule.READ);
        return store.read(em -> view(em, Store.find(em, NoteEntity.class, id, "note")));
    }

    /** @return one page of the list and the size of the whole filtered list */
    public org.neiqin.kit.query.ListQuery.Page<NoteRow> list(NoteQuery q) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            org.neiqin.kit.query.ListQuery query = org.neiqin.kit.query.ListQuery.of("NoteEntity", "v")
                    .text(q.text(), "code", "documentNumber", "customerName")
                    .eq("state", q.state())
                    .eq("documentId", q.document());
            if (q.late()) {
                query = query.where("v.promisedOn < :today", "today", store.today())
                        .where("v.state in (:waiting)", "waiting", WAITING);
            }
            if (q.held()) {
                query = query.where("v.paymentTerms = :prepaid", "prepaid", PaymentTerms.PREPAYMENT)
                        .where("v.financeSignedBy is null and v.state in (:held)", "held", WAITING);
            }
            return query.page(Store.jpql(em), NoteRow.COLUMNS, row -> NoteRow.of(row, store.today()), q.orderBy(), q.offset(), q.limit());
        });
    }

    /** The states of a note whose goods have not left yet (and may be late). */
    static final List<NoteState> WAITING = List.of(NoteState.PREPARED, NoteState.IN_REVIEW, NoteState.CREDIT_HOLD,
            NoteState.REVIEWED);

    /** @return whether goods promised for {@code promised} are late: not gone, and the company's day has passed */
    static boolean late(NoteState state, LocalDate promised, LocalDate today) {
        return WAITING.contains(state) && promised.isBefore(today);
    }

    /** @return the notes of an order or contract, oldest first */
    public List<NoteView> ofDocument(long documentId) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            List<NoteView> out = new ArrayList<>();
            for (NoteEntity e : em.createQuery("select n from NoteEntity n where n.documentId = :d order by n.id",
                    NoteEntity.class).setParameter("d", documentId).getResultList()) {
                out.add(view(em, e));
            }
            return out;
        });
    }

    /** @return the note's latest review round, if it was sent for review, and its credit round, if it was held */
    public List<org.neiqin.api.review.Review> reviews(long id) {
        get(id);
        List<org.neiqin.api.review.Review> out = new ArrayList<>();
        ReviewRef.of(LogisticsModule.REVIEW, id).latest(reviews).ifPresent(out::add);
        ReviewRef.of(LogisticsModule.CREDIT_REVIEW, id).latest(reviews).ifPresent(out::add);
        return out;
    }

    /** @return the note's changes, oldest first */
    public List<AuditEntry> history(long id) {
        get(id);
        return store.history(LogisticsModule.ENTITY, id);
    }

    private static Map<String, Object> summary(NoteEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", e.code);
        m.put("document", e.documentNumber);
        m.put("customer", e.customerName);
        m.put("amount", e.amount.toPlainString() + " " + e.currency);
        m.put("promisedOn", e.promisedOn.toString());
        return m;
    }

    private static Map<String, Object> signature(NoteEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("financeSignedBy", e.financeSignedBy);
        m.put("exceptionReason", e.exceptionReason);
        m.put("exceptionBy", e.exceptionBy);
        return m;
    }


    NoteView view(EntityManager em, NoteEntity e) {
        List<NoteView.Line> lines = new ArrayList<>();
        for (NoteLineEntity l : em.createQuery("select l from NoteLineEntity l where l.noteId = :n order by l.lineNo",
                NoteLineEntity.class).setParameter("n", e.id).getResultList()) {
            lines.add(new NoteView.Line(l.lineNo, l.kind, l.contractLineId, l.product, l.spec, l.unit,
                    l.quantity.stripTrailingZeros(), l.batch, l.unitPrice == null ? null : Money.of(l.unitPrice, e.currency),
                    Money.of(l.amount, e.currency)));
        }
        boolean late = late(e.state, e.promisedOn, store.today());
        return new NoteView(e.id, e.code, e.version, e.state, e.documentId, e.documentNumber, e.customerId,
                e.customerName, e.paymentTerms, NoteRules.gate(e.paymentTerms, e.financeSignedBy), e.shipTo, e.contact,
                e.phone, e.deliveryMethod, e.promisedOn,
                e.expectedArrival, e.carrierId, e.carrierName, e.waybill,
                e.freight == null ? null : Money.of(e.freight, e.currency), Money.of(e.amount, e.currency), e.financeSignedBy, e.financeSignedAt,
                e.exceptionReason, e.exceptionBy, e.warehouseCheckedBy, e.warehouseCheckedAt, e.creditNote, e.region,
                e.carrierSignedBy, e.carrierSignedAt, e.proofName, e.shippedAt, e.deliveredAt, e.problem, e.note, late, lines,
                e.stamps.createdAt(), e.stamps.createdBy(), e.stamps.updatedAt(), e.stamps.updatedBy());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
