package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog.PriceFor;
import org.neiqin.api.crm.Grade;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/**
 * The rules of price lists, without storage (unit-tested):
 * <ul>
 * <li>an entry's price is greater than zero and in the list's currency; it is valid from a day to a day, either
 * open, the second not before the first; no two entries of a version for the same product are valid on the same
 * day;</li>
 * <li>which list a customer's price comes from: the first of the customer's own list, the list for its grade and
 * region, for its grade alone, for its region alone, and the default list (one list for each scope), that has a
 * price for the product that day;</li>
 * <li>which version of a list is in force on a day: of the approved ones, the one whose date of effect is the latest
 * not after that day (of two with the same date, the later version).</li>
 * </ul>
 */
public final class PriceRules {
    /** The most entries a version holds. */
    static final int MAX_ENTRIES = 5000;

    private PriceRules() {
    }

    /** @return every problem of the entries, each named {@code entries[i].field} (from 0) */
    static List<FieldError> check(List<PriceEntryData> entries, String currency) {
        List<FieldError> errors = new ArrayList<>();
        if (entries == null || entries.isEmpty()) {
            errors.add(new FieldError("entries", "required", Text.of("catalog.prices.entries.required",
                    "a version needs at least one price")));
            return errors;
        }
        if (entries.size() > MAX_ENTRIES) {
            errors.add(new FieldError("entries", "max", Text.of("catalog.prices.entries.max",
                    "a version may hold at most {0} prices (has {1})", MAX_ENTRIES, entries.size())));
            return errors;
        }
        for (int i = 0; i < entries.size(); i++) {
            PriceEntryData e = entries.get(i);
            String prefix = "entries[" + i + "].";
            if (e == null) {
                errors.add(new FieldError("entries[" + i + "]", "required", Text.of("catalog.prices.entry.empty",
                        "price {0} is empty", i + 1)));
                continue;
            }
            List<FieldError> broken = new ArrayList<>(Forms.check(e));
            broken.addAll(Forms.inCurrency(e, currency));
            for (FieldError f : broken) {
                errors.add(new FieldError(prefix + f.field(), f.rule(), Text.of("catalog.prices.entry.error",
                        "price {0}: {1}", i + 1, f.text())));
            }
            if (e.validFrom() != null && e.validTo() != null && e.validTo().isBefore(e.validFrom())) {
                errors.add(new FieldError(prefix + "validTo", "order", Text.of("catalog.prices.entry.order",
                        "price {0}: valid to {1} is before valid from {2}", i + 1, e.validTo(), e.validFrom())));
            }
            for (int j = 0; j < i; j++) {
                PriceEntryData other = entries.get(j);
                if (other != null && e.productId() != null && e.productId().equals(other.productId()) && overlap(e, other)) {
                    errors.add(new FieldError(prefix + "validFrom", "overlap", Text.of("catalog.prices.entry.overlap",
                            "price {0}: the product already has price {1} on some of these days; one price a day",
                            i + 1, j + 1)));
                    break;
                }
            }
        }
        return errors;
    }

    static boolean overlap(PriceEntryData a, PriceEntryData b) {
        return !ends(a.validTo()).isBefore(starts(b.validFrom())) && !ends(b.validTo()).isBefore(starts(a.validFrom()));
    }

    /** @return whether an entry valid from {@code from} to {@code to} (either open) holds on {@code on} */
    static boolean validOn(LocalDate from, LocalDate to, LocalDate on) {
        return !on.isBefore(starts(from)) && !on.isAfter(ends(to));
    }

    private static LocalDate starts(LocalDate d) {
        return d == null ? LocalDate.MIN : d;
    }

    private static LocalDate ends(LocalDate d) {
        return d == null ? LocalDate.MAX : d;
    }

    /**
     * @return the rank of a list for a customer, 0 first: its own list 0, grade and region 1, grade 2, region 3, the
     *         default list 4; -1 when the list is not for this customer
     */
    static int rank(Long listCustomer, Grade listGrade, String listRegion, PriceFor who) {
        if (listCustomer != null) {
            return listCustomer.equals(who.customerId()) ? 0 : -1;
        }
        boolean grade = listGrade != null;
        boolean region = listRegion != null;
        if (grade && listGrade != who.grade() || region && !listRegion.equalsIgnoreCase(String.valueOf(who.region()))) {
            return -1;
        }
        return grade && region ? 1 : grade ? 2 : region ? 3 : 4;
    }

    /** A version as the choice of the one in force sees it. */
    record Dated(long id, int number, LocalDate effectiveFrom, PriceVersionState state) {
    }

    /** @return the version in force on {@code on}: approved, the latest date of effect not after it */
    static Optional<Dated> inForce(List<Dated> versions, LocalDate on) {
        return versions.stream().filter(v -> v.state() == PriceVersionState.APPROVED && !v.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(Dated::effectiveFrom).thenComparingInt(Dated::number));
    }
}
