package org.neiqin.expenses.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.expenses.internal.Category;
import org.neiqin.expenses.internal.rules.CategoryCaps;
import org.neiqin.expenses.internal.rules.TravelStandards;
import org.neiqin.kit.form.Forms;

/**
 * A claim's rules beyond what {@code @Spec} says, static and pure: each line within its fapiao, each fapiao once in the
 * claim, a travel line with its city and nights or days, nothing spent after today; then each line judged by the travel
 * standard and the category caps.
 */
public final class ClaimRules {
    /** The most lines one claim holds. */
    public static final int MAX_LINES = 200;

    private ClaimRules() {
    }

    /** @return the fapiao number as it is kept: without spaces, letters in capitals */
    public static String fapiao(String number) {
        return number == null ? null : number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** @return every problem of the claim's head and lines; empty when they may be submitted */
    public static List<FieldError> check(ClaimData head, List<ClaimLineData> lines, LocalDate today, String currency,
            TravelStandards standards) {
        List<FieldError> errors = new ArrayList<>(Forms.check(head));
        if (lines.isEmpty()) {
            errors.add(new FieldError("lines", "required", Text.of("expenses.claim.noLines",
                    "a claim has at least one line")));
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "max", Text.of("expenses.claim.tooManyLines",
                    "a claim has at most {0} lines; split it", MAX_LINES)));
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLineData l = lines.get(i);
            String at = "lines[" + i + "].";
            for (FieldError e : Forms.check(l)) {
                errors.add(new FieldError(at + e.field(), e.rule(), e.text()));
            }
            for (FieldError e : Forms.inCurrency(l, currency)) {
                errors.add(new FieldError(at + e.field(), e.rule(), e.text()));
            }
            if (l.amount() != null && l.fapiaoAmount() != null && l.amount().currency().equals(l.fapiaoAmount().currency())
                    && l.amount().compareTo(l.fapiaoAmount()) > 0) {
                errors.add(new FieldError(at + "amount", "overFapiao", Text.of("expenses.claim.overFapiao",
                        "line {0} claims {1}, more than its fapiao of {2}", i + 1, l.amount().text(),
                        l.fapiaoAmount().text())));
            }
            String number = fapiao(l.fapiaoNo());
            if (number != null && !number.isEmpty()) {
                if (!number.matches("[0-9A-Z]{8,40}")) {
                    errors.add(new FieldError(at + "fapiaoNo", "format", Text.of("expenses.claim.fapiaoFormat",
                            "line {0}: a fapiao number is 8 to 40 digits or letters, not {1}", i + 1, l.fapiaoNo())));
                } else if (!numbers.add(number)) {
                    errors.add(new FieldError(at + "fapiaoNo", "twice", Text.of("expenses.claim.fapiaoTwice",
                            "line {0}: fapiao {1} is on another line of this claim", i + 1, number)));
                }
            }
            if (l.day() != null && l.day().isAfter(today)) {
                errors.add(new FieldError(at + "day", "future", Text.of("expenses.claim.future",
                        "line {0} is dated {1}, after today: claim what was spent", i + 1, l.day())));
            }
            if (l.category() != null && l.category().isTravel() && (l.city() == null || l.city().isBlank())) {
                errors.add(new FieldError(at + "city", "required", Text.of("expenses.claim.city",
                        "line {0} is travel: name the city", i + 1)));
            }
            if (l.category() != null && l.category().hasStandard()) {
                if (l.days() == null) {
                    errors.add(new FieldError(at + "days", "required", Text.of("expenses.claim.days",
                            "line {0}: give the nights of lodging or the days of the allowance", i + 1)));
                } else if (l.category() == Category.LODGING && l.days().stripTrailingZeros().scale() > 0) {
                    errors.add(new FieldError(at + "days", "whole", Text.of("expenses.claim.nights",
                            "line {0}: nights of lodging are whole, not {1}", i + 1, l.days().toPlainString())));
                } else if (!standards.countable(l.days())) {
                    errors.add(new FieldError(at + "days", "partDay", Text.of("expenses.claim.partDay",
                            "line {0}: days are counted in steps of {1}, not {2}", i + 1,
                            standards.partDay().toPlainString(), l.days().toPlainString())));
                }
            }
        }
        return errors;
    }

    /**
     * A line judged: the most its travel standard allows ({@code null}: none applies) and what it goes over.
     *
     * @param flags {@code standard}; {@code cap:<per>:<amount>:<action>} for each cap
     */
    public record Judged(BigDecimal standard, List<String> flags) {
        public boolean blocked() {
            return flags.stream().anyMatch(f -> f.endsWith(":BLOCK"));
        }

        public boolean warns() {
            return flags.stream().anyMatch(f -> f.equals("standard") || f.startsWith("cap:") && f.endsWith(":WARN"));
        }
    }

    /** @return each line judged by the claimant's travel standard and the caps that hold for them */
    public static List<Judged> judge(List<ClaimLineData> lines, String grade, String login, Set<String> roles,
            TravelStandards standards, CategoryCaps caps, CategoryCaps.Claimed claimed) {
        List<List<String>> flags = new ArrayList<>();
        List<BigDecimal> limits = new ArrayList<>();
        List<CategoryCaps.Line> capLines = new ArrayList<>();
        for (ClaimLineData l : lines) {
            List<String> f = new ArrayList<>();
            BigDecimal cap = standards.cap(grade, l.category(), l.city(), l.days()).orElse(null);
            if (cap != null && l.amount().amount().compareTo(cap) > 0) {
                f.add("standard");
            }
            flags.add(f);
            limits.add(cap);
            capLines.add(new CategoryCaps.Line(l.day(), l.category(), l.amount().amount()));
        }
        for (CategoryCaps.Finding f : caps.check(login, roles, capLines, claimed)) {
            flags.get(f.line()).add("cap:" + f.cap().per() + ":" + f.cap().amount().toPlainString() + ":"
                    + f.cap().action());
        }
        List<Judged> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Judged(limits.get(i), List.copyOf(flags.get(i))));
        }
        return out;
    }
}
