package org.neiqin.leads.internal.assign;

import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.leads.internal.LeadSource;

/**
 * An assignment rule as the office writes it: the leads it takes (region, product, source; empty for any), the
 * salespeople who get them in turn (logins), its place in the order of rules, and whether it is in force.
 */
public record RuleData(
        @Spec(max = 60, required = true) String name,
        @Spec(required = true) Integer position,
        @Spec(max = 60) String region,
        @Spec(max = 100) String product,
        @Spec(kind = Kind.CHOICE) LeadSource source,
        @Spec(max = 500, required = true) String people,
        @Spec(required = true, kind = Kind.CHOICE) RuleStatus status) {

    /** Whether a rule is in force. Labels are {@code enum.RuleStatus.<NAME>}. */
    public enum RuleStatus { ACTIVE, PAUSED }
}
