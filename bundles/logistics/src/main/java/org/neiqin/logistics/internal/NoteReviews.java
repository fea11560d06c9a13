package org.neiqin.logistics.internal;

import java.util.Set;

import org.neiqin.api.credit.CreditService;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a note's review rounds decide. Rejected, the note goes back to its preparer with the reviewer's
 * reason. Approved, the goods are released, so the payment gate holds here as at shipping, and the
 * credit check applies: a customer over the limit (what the credit ledger says it owes, this note's
 * order included) waits in credit hold for a manager's approval, asked in the preparer's name so that
 * the reviewer may be that manager.
 */
@Component(service = NoteReviews.class)
public class NoteReviews {
    private final LogisticsStore store;
    private final SecurityService security;
    private final ReviewService reviews;
    private final CreditService credit;
    private final PaymentGate gate;
    private final Legality legality;

    @Activate
    public NoteReviews(@Reference LogisticsStore store, @Reference SecurityService security,
            @Reference ReviewService reviews, @Reference CreditService credit, @Reference PaymentGate gate, @Reference Legality legality) {
        this.store = store;
        this.security = security;
        this.reviews = reviews;
        this.credit = credit;
        this.gate = gate;
        this.legality = legality;
    }

    /** The review round's outcome. */
    void reviewed(long id, boolean approved, Actor actor, String reason) {
        store.run(em -> {
            // the round's outcome is applied as its reviewer decided it (core's review inbox): not narrowed
            NoteEntity e = Notes.find(em, id, org.neiqin.api.security.RecordScope.ALL);
            if (!approved) {
                Notes.move(store, em, e, NoteState.PREPARED, actor, reason);
                return;
            }
            NoteState.STEPS.require(e.state, NoteState.REVIEWED, e.code);
            gate.require(e);
            legality.require(em, e);
            // the ledger counts this note's order already: nothing is added
            Text over = NoteRules.overLimit(credit.check(e.customerId, Money.zero(e.currency)), Money.of(e.amount, e.currency));
            if (over == null) {
                Notes.move(store, em, e, NoteState.REVIEWED, actor, null);
                Notes.event(store, LogisticsEvents.REVIEWED, e, actor).publish();
                return;
            }
            e.creditCheck = Notes.cut(over.toString(), 500);
            Notes.move(store, em, e, NoteState.CREDIT_HOLD, actor, over.toString());
            security.runAs(new Actor(e.stamps.createdBy(), Set.of()), () -> ReviewRef.of(LogisticsModule.CREDIT_REVIEW, e.id)
                    .submit(reviews, Text.of("logistics.review.credit", "Credit: delivery note {0} for {1} — {2}", e.code,
                            e.customerName, over), Money.of(e.amount, e.currency)));
        });
    }

    /** The manager's word on a note held for credit: approved, it may ship; rejected, it goes back to its preparer. */
    void creditReviewed(long id, boolean approved, Actor actor, String reason) {
        store.run(em -> {
            NoteEntity e = Notes.find(em, id, org.neiqin.api.security.RecordScope.ALL);
            if (e.state != NoteState.CREDIT_HOLD) {
                // only a held note has a credit round to decide
                throw new ConflictException("state", Text.of("state.step", "{0} is {1}: it cannot go to {2}", e.code,
                        e.state, approved ? NoteState.REVIEWED : NoteState.PREPARED));
            }
            if (!approved) {
                Notes.move(store, em, e, NoteState.PREPARED, actor, reason);
                return;
            }
            gate.require(e);
            legality.require(em, e);
            e.creditCheck = Notes.cut(e.creditCheck + "; over-limit approved by " + actor.name(), 500);
            Notes.move(store, em, e, NoteState.REVIEWED, actor, null);
            Notes.event(store, LogisticsEvents.REVIEWED, e, actor).publish();
        });
    }
}
