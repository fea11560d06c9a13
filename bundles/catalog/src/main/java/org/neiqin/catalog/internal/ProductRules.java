package org.neiqin.catalog.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.form.Forms;

/** The catalogue's rules for a product beyond what {@code @Spec} says: static and pure, unit-tested without Karaf. */
public final class ProductRules {
    /** A product code: letters, digits and {@code - . _ /}, no spaces (it is typed, printed and searched). */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    /** A tax classification code (税收分类编码): exactly 19 digits. */
    static final Pattern TAX_CODE = Pattern.compile("[0-9]{19}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProductRules() {
    }

    /** @return every problem of {@code d}; empty when it may be saved */
    public static List<FieldError> check(ProductData d) {
        List<FieldError> errors = new ArrayList<>(Forms.check(d));
        if (d.code() != null && !d.code().isBlank() && !CODE.matcher(d.code().trim()).matches()) {
            errors.add(new FieldError("code", "format", Text.of("catalog.code.format",
                    "'{0}' is not a product code: letters, digits and - . _ /, without spaces", d.code())));
        }
        if (d.taxCode() != null && !d.taxCode().isBlank() && !TAX_CODE.matcher(d.taxCode().trim()).matches()) {
            errors.add(new FieldError("taxCode", "format", Text.of("catalog.taxCode.format",
                    "'{0}' is not a tax classification code: 19 digits", d.taxCode())));
        }
        if (d.vatRate() != null && d.vatRate().compareTo(HUNDRED) > 0) {
            errors.add(new FieldError("vatRate", "range", Text.of("catalog.vatRate.range",
                    "a VAT rate is a percentage from 0 to 100, not {0}", d.vatRate())));
        }
        return errors;
    }
}
