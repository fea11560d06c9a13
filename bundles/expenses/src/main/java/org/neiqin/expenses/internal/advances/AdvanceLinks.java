package org.neiqin.expenses.internal.advances;

import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.expenses.internal.claims.ClaimLineData;
import org.neiqin.kit.form.Forms;

/** The rules of a claim that names an advance to settle: the claimant's own, paid and not settled; a trip's, that trip. */
public final class AdvanceLinks {
    private AdvanceLinks() {
    }

    /** @throws org.neiqin.api.error.ValidationException naming what does not hold */
    public static void require(EntityManager em, Long advanceId, String claimant, List<ClaimLineData> lines, String claim) {
        if (advanceId == null) {
            return;
        }
        AdvanceEntity a = em.find(AdvanceEntity.class, advanceId);
        if (a == null || !a.borrower.equals(claimant)) {
            Forms.require(List.of(new FieldError("advanceId", "unknown", Text.of("expenses.claim.noAdvance",
                    "{0} has no advance {1}", claimant, advanceId))));
        }
        if (a.state != AdvanceState.PAID) {
            Forms.require(List.of(new FieldError("advanceId", "state", Text.of("expenses.claim.advanceState",
                    "advance {0} is {1}: a claim settles a paid advance not yet settled", a.code, a.state))));
        }
        if (a.kind == AdvanceKind.TRIP && a.tripFrom != null && a.tripTo != null) {
            for (int i = 0; i < lines.size(); i++) {
                ClaimLineData l = lines.get(i);
                if (l.day() != null && (l.day().isBefore(a.tripFrom) || l.day().isAfter(a.tripTo))) {
                    Forms.require(List.of(new FieldError("lines[" + i + "].day", "trip", Text.of(
                            "expenses.claim.otherTrip", "line {0} is of {1}, outside the trip of advance {2} ({3} to {4}):"
                                    + " an advance for one trip does not settle another", i + 1, l.day(), a.code,
                            a.tripFrom, a.tripTo))));
                }
            }
        }
    }
}
