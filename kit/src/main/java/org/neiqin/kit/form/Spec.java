package org.neiqin.kit.form;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one field of a form record once, for validation, the console form and card, CSV
 * import and export, and change history.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Spec {
    /** The card tab the field belongs to. */
    String group() default "";

    /** Maximum length of text (0: not text). */
    int max() default 0;

    boolean required() default false;

    Kind kind() default Kind.TEXT;

    /** A number that must be greater than zero (quantities, prices). */
    boolean positive() default false;

    /**
     * The {@code Lookup} an {@link Kind#ID} is chosen with in the console, by its name (e.g.
     * {@code CustomerDirectory.LOOKUP}): the user searches code or name instead of typing an id.
     *
     * @since 0.3
     */
    String lookup() default "";

    /**
     * How a field is checked and drawn. The pattern a text of the kind must match and the decimals an amount or
     * quantity takes are stated here once: the checks use them and the REST description publishes them. An
     * {@code AMOUNT} is money: declare it {@link org.neiqin.api.money.Money}, so that it is one form everywhere
     * ({@code {"amount": "1234.50", "currency": "CNY"}} in REST, its amount in a form, its column beside the
     * record's currency).
     */
    enum Kind {
        TEXT, LONG_TEXT,
        EMAIL("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+"),
        PHONE("[0-9+()\\-\\s/]{5,40}"),
        URL("(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?"),
        DATE, AMOUNT, QUANTITY, DAYS, CHOICE, ID;

        private final String pattern;

        Kind() {
            this(null);
        }

        Kind(String pattern) {
            this.pattern = pattern;
        }

        /** @return the regular expression a whole text of this kind matches, or {@code null} for any text @since 0.4 */
        public String pattern() {
            return pattern;
        }

        /** @return the decimals a number of this kind takes: 4 for a quantity, 2 for any other @since 0.4 */
        public int decimals() {
            return this == QUANTITY ? 4 : 2;
        }
    }
}
