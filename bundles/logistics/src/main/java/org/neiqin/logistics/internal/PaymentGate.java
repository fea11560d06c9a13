package org.neiqin.logistics.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.credit.CreditService;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The payment gate (先款后货): a prepaying customer's goods leave only once finance has signed that the
 * money arrived (财务签字准许装车), or has signed a manager's exception made with a reason. It holds at
 * every release step (the review's approval, the credit round's, shipping) under the terms in force on
 * that day: the stricter of the note's and the customer file's.
 */
@Component(service = PaymentGate.class)
public class PaymentGate {
    private final LogisticsStore store;
    private final SecurityService security;
    private final CreditService credit;
    private final NoteReader reader;

    @Activate
    public PaymentGate(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference CreditService credit, @Reference NoteReader reader) {
        this.store = store;
        this.security = security;
        this.credit = credit;
        this.reader = reader;
    }

    /** @return the terms the note's goods leave under today: the stricter of the note's and the customer file's */
    PaymentTerms inForce(NoteEntity e) {
        return Gate.inForce(e, credit);
    }

    /**
     * Holds the goods of a note for a prepaying customer until finance has signed; a customer moved to
     * prepayment since the note was prepared is held from then on (the note keeps the stricter terms).
     *
     * @throws ConflictException 409 {@code paymentGate} when the gate is shut
     */
    void require(NoteEntity e) {
        PaymentTerms terms = inForce(e);
        if (terms != e.paymentTerms) {
            e.paymentTerms = terms;
        }
        if (!Gate.of(terms, e.financeSignedBy).isOpen()) {
            throw new ConflictException("paymentGate", Text.of("logistics.gate.held",
                    "{0} is for a prepaying customer: the goods leave only when finance has signed that the money"
                    + " arrived (or signed a manager's exception)", e.code));
        }
    }

    /**
     * Finance's signature on a prepaid note: the money has arrived, or, where a manager let the note go
     * before the money, finance agrees to that exception.
     */
    public NoteView financeSign(long id, int version) {
        Actor actor = security.require(LogisticsModule.FINANCE_SIGN);
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
            if (inForce(e) != PaymentTerms.PREPAYMENT) {
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
            return sign(em, e, actor, () -> {
                e.financeSignedBy = actor.name();
                e.financeSignedAt = store.now();
            });
        });
    }

    /**
     * A manager lets a prepaid note go before the money (特殊情况特殊处理), with a reason; finance must still
     * sign that exception before the goods leave.
     */
    public NoteView allowBeforePayment(long id, int version, String reason) {
        Actor actor = security.require(LogisticsModule.EXCEPTION);
        Forms.require(NoteRules.reason(reason, Text.of("logistics.exception.reason",
                "give the reason why these goods may go before the money")));
        return store.write(em -> {
            NoteEntity e = Notes.load(em, id, version, security.scope());
            if (inForce(e) != PaymentTerms.PREPAYMENT || e.state.hasLeft() || e.state == NoteState.CANCELLED
                    || e.exceptionReason != null) {
                throw new ConflictException("state", Text.of("logistics.exception.notApplicable",
                        "{0} needs no exception (not prepaid, gone, or excepted already)", e.code));
            }
            return sign(em, e, actor, () -> {
                e.exceptionReason = reason.trim();
                e.exceptionBy = actor.name();
            });
        });
    }

    /** Puts a signature or an exception on a prepaid note, audited with the gate's fields before and after. */
    private NoteView sign(javax.persistence.EntityManager em, NoteEntity e, Actor actor, Runnable signature) {
        Map<String, Object> before = signature(e);
        e.paymentTerms = PaymentTerms.PREPAYMENT;
        signature.run();
        store.touch(e, actor);
        store.audit(em, LogisticsModule.ENTITY, e.id, AuditAction.UPDATE, before, signature(e));
        return reader.view(em, e);
    }

    private static Map<String, Object> signature(NoteEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paymentTerms", e.paymentTerms.name());
        m.put("financeSignedBy", e.financeSignedBy);
        m.put("exceptionReason", e.exceptionReason);
        m.put("exceptionBy", e.exceptionBy);
        return m;
    }
}
