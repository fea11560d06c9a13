package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.credit.CreditService;
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
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Notes being prepared: made against an order or contract in force (its quantities taken from the
 * order at once, never more than is left), corrected while prepared, sent to review by a second person.
 */
@Component(service = NoteDrafts.class)
public class NoteDrafts {
    private final LogisticsStore store;
    private final SecurityService security;
    private final NumberingService numbering;
    private final ContractLedger ledger;
    private final CreditService credit;
    private final ReviewService reviews;
    private final Allocation allocation;
    private final NoteReader reader;

    @Activate
    public NoteDrafts(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference NumberingService numbering, @Reference ContractLedger ledger, @Reference CreditService credit,
            @Reference ReviewService reviews, @Reference Allocation allocation, @Reference NoteReader reader) {
        this.store = store;
        this.security = security;
        this.numbering = numbering;
        this.ledger = ledger;
        this.credit = credit;
        this.reviews = reviews;
        this.allocation = allocation;
        this.reader = reader;
    }

    /** Prepares a note against an order or contract in force; its quantities are taken from the order at once. */
    public NoteView prepare(NoteRequest r) {
        Actor actor = security.require(LogisticsModule.WRITE);
        Forms.require(NoteRules.check(r));
        ContractDocument doc = ledger.find(r.document()).orElseThrow(() -> new ValidationException("document", "unknown",
                Text.of("logistics.document.unknown", "there is no order or contract {0}", r.document())));
        if (doc.kind() == DocumentKind.QUOTATION || doc.state() != DocumentState.EFFECTIVE) {
            throw new ConflictException("state", Text.of("logistics.document.notInForce",
                    "{0} is not an order or contract in force ({1}): goods ship only against one",
                    doc.number() == null ? String.valueOf(doc.id()) : doc.number(), doc.state()));
        }
        // the note keeps the order's salesperson and region: one the caller would not see is not written
        Forms.require(org.neiqin.kit.query.Scopes.problems(security.scope(), doc.salesperson(), doc.region(), "notes"));
        // where, and to whom, the goods go: the order's unless the note says otherwise
        String shipTo = Forms.trimmed(r.shipTo()) != null ? Forms.trimmed(r.shipTo()) : Forms.trimmed(doc.deliveryAddress());
        String contact = Forms.trimmed(r.contact()) != null ? Forms.trimmed(r.contact()) : Forms.trimmed(doc.contact());
        String phone = Forms.trimmed(r.phone()) != null ? Forms.trimmed(r.phone()) : Forms.trimmed(doc.phone());
        Forms.require(NoteRules.address(r.deliveryMethod(), shipTo));
        Map<Long, ContractLine> orderLines = new HashMap<>();
        doc.lines().forEach(l -> orderLines.put(l.id(), l));
        List<FieldError> unknown = new ArrayList<>();
        Map<Integer, Allocation.Wanted> wanted = new TreeMap<>();
        for (int i = 0; i < r.lines().size(); i++) {
            NoteRequest.Line l = r.lines().get(i);
            if (l.kindOrGoods() != LineKind.GOODS) {
                continue;
            }
            if (!orderLines.containsKey(l.line())) {
                unknown.add(new FieldError("lines[" + i + "].line", "unknown", Text.of("logistics.line.unknown",
                        "{0} has no line {1}", doc.number(), l.line())));
            } else {
                wanted.put(i, new Allocation.Wanted(orderLines.get(l.line()), l.quantity()));
            }
        }
        Forms.require(unknown);
        TreeSet<Long> taken = new TreeSet<>();
        wanted.values().forEach(w -> taken.add(w.line().id()));
        allocation.ensureLockRows(doc.id(), taken);
        return store.write(em -> {
            allocation.take(em, wanted);
            NoteEntity e = new NoteEntity();
            e.state = NoteState.PREPARED;
            e.documentId = doc.id();
            e.documentNumber = doc.number();
            e.customerId = doc.customerId();
            e.customerName = doc.customerName();
            e.region = doc.region();
            e.salesperson = doc.salesperson();
            e.paymentTerms = credit.terms(doc.customerId()).paymentTerms();
            e.shipTo = shipTo;
            e.contact = contact;
            e.phone = phone;
            e.deliveryMethod = r.deliveryMethod();
            e.promisedOn = r.promisedOn();
            e.expectedArrival = r.expectedArrival();
            e.note = Forms.trimmed(r.note());
            e.currency = doc.total().currency().getCurrencyCode();
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
                line.batch = Forms.trimmed(l.batch());
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
                    line.spec = Forms.trimmed(l.spec());
                    line.unit = Forms.trimmed(l.unit());
                    line.amount = BigDecimal.ZERO.setScale(2);
                }
                store.persist(em, line);
            }
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.CREATE, null, summary(e));
            Notes.event(store, LogisticsEvents.PREPARED, e, actor).publish();
            return reader.view(em, e);
        });
    }

    /** @return the order or contract named by its company number, or by its id when {@code number} is a number */
    public ContractDocument order(String number) {
        security.require(LogisticsModule.READ);
        String n = number == null ? "" : number.trim();
        Optional<ContractDocument> doc = ledger.findByNumber(n);
        if (doc.isEmpty() && n.matches("\\d{1,18}")) {
            doc = ledger.find(Long.parseLong(n));
        }
        return doc.orElseThrow(() -> new ValidationException("order", "unknown", Text.of("logistics.document.unknown",
                "there is no order or contract {0}", n)));
    }

    /** @return the lines of an order with what notes not cancelled take of each and what is left */
    public List<OrderLine> orderLines(ContractDocument doc) {
        security.require(LogisticsModule.READ);
        return allocation.orderLines(doc);
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
            NoteEntity e = Notes.load(em, id, version, security.scope());
            if (e.state != NoteState.PREPARED) {
                throw new ConflictException("state", Text.of("logistics.edit.state",
                        "{0} is {1}: a note is changed only while prepared (a rejected review sends it back; after"
                        + " shipping a correction is a return)", e.code, e.state));
            }
            NoteShipping now = new NoteShipping(Forms.trimmed(s.shipTo()), Forms.trimmed(s.contact()),
                    Forms.trimmed(s.phone()), s.deliveryMethod(), s.promisedOn(), s.expectedArrival(),
                    Forms.trimmed(s.note()));
            Forms.Changes changes = Forms.changes(Forms.read(NoteShipping.class, e), now);
            Forms.copy(now, e);
            store.touch(e, actor);
            store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, changes.before(), changes.after());
            return reader.view(em, e);
        });
    }

    /** Sends a prepared note to review: a second person must approve it before it ships. */
    public NoteView submit(long id, int version) {
        Actor actor = security.require(LogisticsModule.WRITE);
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
            Notes.move(store, em, e, NoteState.IN_REVIEW, actor, null);
            ReviewRef.of(LogisticsModule.REVIEW, e.id).submit(reviews, Text.of("logistics.review.title",
                    "Delivery note {0} for {1}", e.code, e.customerName), Money.of(e.amount, e.currency));
            return reader.view(em, e);
        });
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
}
