package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neiqin.kit.form.Spec;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/** What a delivery note must satisfy, whatever the entry point; pure, so that it is tested without a database. */
public final class NoteRules {
    /** The most lines one note takes. */
    public static final int MAX_LINES = 200;

    private NoteRules() {
    }

    /** The words a user gives with a step (a manager's exception, a problem on the way, a cancellation). */
    public record Reason(@Spec(max = 500, kind = Spec.Kind.LONG_TEXT) String reason) {
    }

    /** Who signed the note for the carrier at the hand-over. */
    public record Handover(@Spec(max = 100) String carrierSignedBy) {
    }

    /** @return what is wrong with the batch numbers the warehouse wrote down (line number → batches) */
    public static List<FieldError> batches(java.util.Map<Integer, String> batches) {
        List<FieldError> errors = new ArrayList<>();
        batches.forEach((line, b) -> length(errors, "batches." + line, b, 200));
        return errors;
    }

    /** @return what is wrong with a tracking step's input, before any note is read */
    public static List<FieldError> track(NoteState to, String reason, Shipment how) {
        List<FieldError> errors = new ArrayList<>();
        if (to == null || to == NoteState.PREPARED || to == NoteState.IN_REVIEW || to == NoteState.REVIEWED
                || to == NoteState.CREDIT_HOLD) {
            errors.add(new FieldError("to", "state", Text.of("logistics.track.target",
                    "a note is tracked to SHIPPED, IN_TRANSIT, DELIVERED, EXCEPTION or CANCELLED; review decides the rest")));
        }
        if (to != NoteState.SHIPPED && how.given()) {
            errors.add(new FieldError("carrier", "forbidden", Text.of("logistics.ship.onlyWhenShipped",
                    "the carrier, waybill and freight are given when the goods leave")));
        }
        errors.addAll(Forms.check(how));
        errors.addAll(reason(reason, to == NoteState.EXCEPTION ? Text.of("logistics.track.reason",
                "say what went wrong with the shipment") : null));
        return errors;
    }

    /**
     * @param missing what to say when no reason is given; {@code null} when the step needs none
     * @return what is wrong with the reason given: missing, too long, holding a control character
     */
    public static List<FieldError> reason(String reason, Text missing) {
        if (reason == null || reason.isBlank()) {
            return missing == null ? List.of() : List.of(new FieldError("reason", "required", missing));
        }
        return Forms.check(new Reason(reason));
    }

    /** @return every problem of a prepared note's corrected address, method and dates */
    public static List<FieldError> check(NoteShipping s) {
        List<FieldError> errors = new ArrayList<>(Forms.check(s));
        arrival(errors, s.promisedOn(), s.expectedArrival());
        errors.addAll(address(s.deliveryMethod(), s.shipTo()));
        return errors;
    }

    /**
     * @param shipTo the address the note ships to, the order's when the note gave none
     * @return what is wrong when goods are taken somewhere (a carrier, a courier, the company's truck) without
     *         an address to take them to; a customer collecting them needs none
     */
    public static List<FieldError> address(DeliveryMethod method, String shipTo) {
        if (method != null && method != DeliveryMethod.PICKUP && (shipTo == null || shipTo.isBlank())) {
            return List.of(new FieldError("shipTo", "required", Text.of("logistics.shipTo.required",
                    "goods that are delivered need an address to go to, and the order has none; only goods the"
                    + " customer collects go without one")));
        }
        return List.of();
    }

    private static void arrival(List<FieldError> errors, java.time.LocalDate promisedOn, java.time.LocalDate expectedArrival) {
        if (promisedOn != null && expectedArrival != null && expectedArrival.isBefore(promisedOn)) {
            errors.add(error("expectedArrival", "range", "logistics.arrival.beforeShipping",
                    "the goods cannot arrive before they leave"));
        }
    }

    /** @return every problem of the request itself (the order's lines and quantities are checked against it later) */
    public static List<FieldError> check(NoteRequest r) {
        List<FieldError> errors = new ArrayList<>(Forms.check(r));
        arrival(errors, r.promisedOn(), r.expectedArrival());
        List<NoteRequest.Line> lines = r.lines() == null ? List.of() : r.lines();
        if (lines.stream().noneMatch(l -> l != null && l.kindOrGoods() == LineKind.GOODS)) {
            errors.add(error("lines", "required", "logistics.lines.required", "a delivery note ships goods of the order"));
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "size", Text.of("logistics.lines.tooMany", "at most {0} lines on one note",
                    MAX_LINES)));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            NoteRequest.Line l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l == null) {
                errors.add(error("lines[" + i + "]", "required", "logistics.line.empty", "an empty line"));
                continue;
            }
            quantity(errors, at, l.quantity());
            length(errors, at + "batch", l.batch(), 200);
            if (l.kindOrGoods() == LineKind.GOODS) {
                if (l.line() == null || l.line() <= 0) {
                    errors.add(error(at + "line", "required", "logistics.line.required",
                            "name the line of the order these goods are for"));
                } else if (!seen.add(l.line())) {
                    errors.add(error(at + "line", "duplicate", "logistics.line.twice",
                            "the same line of the order is on this note twice"));
                }
                if (l.product() != null || l.spec() != null || l.unit() != null) {
                    errors.add(error(at + "product", "forbidden", "logistics.line.fromOrder",
                            "the product of goods comes from the order's line"));
                }
            } else {
                if (l.line() != null) {
                    errors.add(error(at + "line", "forbidden", "logistics.extra.noLine",
                            "samples, gifts and material are not lines of the order"));
                }
                if (l.product() == null || l.product().isBlank()) {
                    errors.add(error(at + "product", "required", "logistics.extra.product", "say what is sent"));
                }
                length(errors, at + "product", l.product(), 200);
                length(errors, at + "spec", l.spec(), 200);
                length(errors, at + "unit", l.unit(), 20);
            }
        }
        return errors;
    }

    /** @return every problem of a return request itself (the note's lines are checked against it later) */
    public static List<FieldError> check(ReturnRequest r) {
        List<FieldError> errors = new ArrayList<>(Forms.check(r));
        List<ReturnRequest.Line> lines = r.lines() == null ? List.of() : r.lines();
        if (lines.isEmpty()) {
            errors.add(error("lines", "required", "logistics.return.lines", "name the lines of the note that come back"));
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "size", Text.of("logistics.lines.tooMany", "at most {0} lines on one note",
                    MAX_LINES)));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            ReturnRequest.Line l = lines.get(i);
            String at = "lines[" + i + "].";
            if (l == null) {
                errors.add(error("lines[" + i + "]", "required", "logistics.line.empty", "an empty line"));
                continue;
            }
            if (l.noteLine() == null || l.noteLine() <= 0) {
                errors.add(error(at + "noteLine", "required", "logistics.return.noteLine",
                        "name the line of the note that comes back"));
            } else if (!seen.add(l.noteLine())) {
                errors.add(error(at + "noteLine", "duplicate", "logistics.return.twice",
                        "the same line of the note is on this return twice"));
            }
            quantity(errors, at, l.quantity());
        }
        return errors;
    }

    /**
     * @param delivered what the note's line shipped
     * @param returned what returns not cancelled already take back of it
     * @return what may still come back of that line (never below 0)
     */
    public static BigDecimal returnable(BigDecimal delivered, BigDecimal returned) {
        BigDecimal left = delivered.subtract(returned);
        return left.signum() < 0 ? BigDecimal.ZERO : left.stripTrailingZeros();
    }

    private static void quantity(List<FieldError> errors, String at, BigDecimal q) {
        if (q == null) {
            errors.add(error(at + "quantity", "required", "logistics.quantity.required", "give the quantity"));
        } else if (q.signum() <= 0) {
            errors.add(error(at + "quantity", "range", "logistics.quantity.positive", "the quantity must be above 0"));
        } else if (q.stripTrailingZeros().scale() > 3 || q.compareTo(new BigDecimal("1000000000")) >= 0) {
            errors.add(error(at + "quantity", "format", "logistics.quantity.format",
                    "a quantity has at most 3 decimals and is below 1 000 000 000"));
        }
    }

    /**
     * @return the over-delivery tolerance configured ({@code overDeliveryPercent}): a per cent from 0 to
     *         100, 0 when none is set; {@code null} when the value is not one
     */
    public static BigDecimal tolerance(String configured) {
        if (configured == null || configured.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal p = new BigDecimal(configured.trim());
            return p.signum() >= 0 && p.compareTo(new BigDecimal("100")) <= 0 ? p : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * @param ordered the order line's quantity
     * @param onNotes what notes not cancelled already take of it
     * @param tolerancePercent how much above the order a company lets deliveries go (0 by default)
     * @return what may still be put on notes: ordered × (1 + tolerance) − on notes (never below 0)
     */
    public static BigDecimal remaining(BigDecimal ordered, BigDecimal onNotes, BigDecimal tolerancePercent) {
        BigDecimal allowed = ordered.multiply(BigDecimal.ONE.add(tolerancePercent.movePointLeft(2)));
        BigDecimal left = allowed.subtract(onNotes);
        return left.signum() < 0 ? BigDecimal.ZERO : left.stripTrailingZeros();
    }

    /**
     * The credit check at release, in the note's words: the credit ledger's rule was applied to what the
     * customer owes with nothing added (contracts counts the unpaid value of the orders in force, so this
     * note's goods are in it already).
     *
     * @return why the note must wait for a manager, or {@code null} when it may go (within the limit, no
     *         limit granted in the note's currency, prepayment)
     */
    public static Text overLimit(org.neiqin.api.credit.CreditCheck check, org.neiqin.api.money.Money note) {
        if (!check.isOver()) {
            return null;
        }
        return Text.of("logistics.credit.over", "credit limit {0}, open {1} (the order of this note included), this note {2}:"
                + " over the limit by {3}", check.limit(), check.owed(), note, check.owed().plus(check.amount())
                .minus(check.limit()));
    }

    private static void length(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "length", Text.of("logistics.length", "at most {0} characters", max)));
        } else if (value != null && value.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) {
            errors.add(new FieldError(field, "format", Text.of("form.format.control",
                    "{0} holds a control character (such as NUL) that is not text", field)));
        }
    }

    private static FieldError error(String field, String rule, String key, String message) {
        return new FieldError(field, rule, Text.of(key, message));
    }
}
