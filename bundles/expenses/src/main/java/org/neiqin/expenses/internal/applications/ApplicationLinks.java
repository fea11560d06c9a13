package org.neiqin.expenses.internal.applications;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.expenses.internal.claims.ClaimLineData;
import org.neiqin.kit.form.Forms;

/** The rule of a claim line that names an activity: the number of an approved application, not yet verified. */
public final class ApplicationLinks {
    private ApplicationLinks() {
    }

    /**
     * @return each line's application id ({@code null} for a line naming none)
     * @throws org.neiqin.api.error.ValidationException naming each line whose activity does not hold
     */
    public static List<Long> require(EntityManager em, List<ClaimLineData> lines) {
        List<Long> ids = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String code = Forms.trimmed(lines.get(i).activity());
            if (code == null) {
                ids.add(null);
                continue;
            }
            List<ApplicationEntity> found = em.createQuery("select a from ApplicationEntity a where a.code = :c",
                    ApplicationEntity.class).setParameter("c", code).getResultList();
            if (found.isEmpty()) {
                errors.add(new FieldError("lines[" + i + "].activity", "unknown", Text.of("expenses.claim.noApplication",
                        "line {0}: there is no application {1}", i + 1, code)));
            } else if (found.get(0).state != ApplicationState.APPROVED) {
                errors.add(new FieldError("lines[" + i + "].activity", "state", Text.of(
                        "expenses.claim.applicationState", "line {0}: application {1} is {2}, not approved and open",
                        i + 1, code, found.get(0).state)));
            }
            ids.add(found.isEmpty() ? null : found.get(0).id);
        }
        Forms.require(errors);
        return ids;
    }
}
