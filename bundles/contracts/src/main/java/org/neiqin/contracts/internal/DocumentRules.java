package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.neiqin.kit.store.Transitions;
import org.neiqin.kit.form.Forms;

/** The rules a document must keep before it is stored, whatever the door it came through. */
final class DocumentRules {
    /**
     * The steps a document takes: a draft goes to review; reviewed, a quotation is approved and an
     * order or contract takes effect, or waits in credit hold for a manager; a rejection sends it back
     * to draft; an approved quotation becomes an order or is revised as a draft; a document in force
     * is closed.
     */
    static final Transitions<DocumentState> STEPS = Transitions.of(DocumentState.class)
            .step(DocumentState.DRAFT, DocumentState.IN_REVIEW)
            .step(DocumentState.IN_REVIEW, DocumentState.APPROVED, DocumentState.CREDIT_HOLD, DocumentState.EFFECTIVE,
                    DocumentState.DRAFT)
            .step(DocumentState.CREDIT_HOLD, DocumentState.EFFECTIVE, DocumentState.DRAFT)
            .step(DocumentState.APPROVED, DocumentState.CONVERTED, DocumentState.DRAFT)
            .step(DocumentState.EFFECTIVE, DocumentState.CLOSED);

    /** Region and city codes go into order numbers: short, upper case, no separators. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,6}");
    static final int MAX_LINES = 200;

    private DocumentRules() {
    }

    /**
     * @param currency the document's: every line's price is in it
     * @return every problem of the header and the lines, lines named {@code lines[i].field} (from 0, as the request
     *         numbers them)
     */
    static List<FieldError> check(DocumentKind kind, DocumentData d, ProductLines.Result named, String currency) {
        List<FieldError> errors = check(kind, d, named.lines(), currency);
        errors.addAll(named.errors());
        return errors;
    }

    static List<FieldError> check(DocumentKind kind, DocumentData d, List<LineData> lines, String currency) {
        List<FieldError> errors = new ArrayList<>(Forms.check(d));
        if (d.documentDate() != null && d.deliveryDate() != null && d.deliveryDate().isBefore(d.documentDate())) {
            errors.add(new FieldError("deliveryDate", "order", Text.of("contracts.deliveryDate.beforeDocument",
                    "the delivery date {0} is before the document date {1}", d.deliveryDate(), d.documentDate())));
        }
        if (d.documentDate() != null && d.validUntil() != null && d.validUntil().isBefore(d.documentDate())) {
            errors.add(new FieldError("validUntil", "order", Text.of("contracts.validUntil.beforeDocument",
                    "the document cannot expire ({0}) before its date {1}", d.validUntil(), d.documentDate())));
        }
        if (kind == DocumentKind.ORDER) {
            code(errors, "region", d.region());
            code(errors, "city", d.city());
        }
        if (lines == null || lines.isEmpty()) {
            errors.add(new FieldError("lines", "required", Text.of("contracts.lines.required",
                    "a document needs at least one line")));
            return errors;
        }
        if (lines.size() > MAX_LINES) {
            errors.add(new FieldError("lines", "max", Text.of("contracts.lines.max",
                    "a document may have at most {0} lines (has {1})", MAX_LINES, lines.size())));
        }
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "lines[" + i + "].";
            LineData line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "required", Text.of("contracts.line.empty",
                        "line {0} is empty", i + 1)));
                continue;
            }
            List<FieldError> broken = new ArrayList<>(Forms.check(line));
            broken.addAll(Forms.inCurrency(line, currency));
            for (FieldError e : broken) {
                // the rule's own text as argument, so that it can be translated as well
                errors.add(new FieldError(prefix + e.field(), e.rule(), Text.of("contracts.line.error", "line {0}: {1}",
                        i + 1, e.text())));
            }
            // a product of the catalogue gave its name and unit (ProductLines); a line typed as free text says them
            if (line.productId() == null && (line.product() == null || line.product().isBlank())) {
                errors.add(new FieldError(prefix + "product", "required", Text.of("contracts.line.product",
                        "line {0}: name the product (choose it from the catalogue, or type its name)", i + 1)));
            }
            if (line.unitPrice() == null) {
                errors.add(new FieldError(prefix + "unitPrice", "required", Text.of("contracts.line.unitPrice",
                        "line {0}: the unit price is needed (no price list has one for this customer)", i + 1)));
            }
            if (line.productId() == null && (line.unit() == null || line.unit().isBlank())) {
                errors.add(new FieldError(prefix + "unit", "required", Text.of("contracts.line.unit",
                        "line {0}: the unit is needed (t, kg, pcs…)", i + 1)));
            }
            if (line.key() != null && !keys.add(line.key())) {
                errors.add(new FieldError(prefix + "key", "duplicate", Text.of("contracts.line.duplicateKey",
                        "line {0} repeats line key {1}", i + 1, line.key())));
            }
        }
        return errors;
    }

    private static void code(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", Text.of("contracts.code.required", "{0} code is needed for the"
                    + " order number (e.g. LN-SY-NO.0042); the customer file has none, so enter it", field)));
        } else if (!CODE.matcher(value).matches()) {
            errors.add(new FieldError(field, "format", Text.of("contracts.code.format",
                    "'{0}' is not a {1} code: 1 to 6 upper-case letters or digits", value, field)));
        }
    }

    /** @return quantity × unit price, rounded half-up to the currency's decimals. */
    static Money amount(LineData line, String currency) {
        return Money.of(line.quantity().multiply(line.unitPrice().amount()), currency);
    }

    /** @return the sum of the rounded line amounts (so the total always equals what the lines show). */
    /** @return the number, or a draft mark for a document that has none yet. */
    static String displayNumber(String number, long id) {
        return number != null ? number : "#" + id;
    }

    static Money total(List<LineData> lines, String currency) {
        Money sum = Money.zero(currency);
        for (LineData l : lines) {
            sum = sum.plus(amount(l, currency));
        }
        return sum;
    }

    static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
