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

    /** How a field is checked and drawn. */
    enum Kind { TEXT, LONG_TEXT, EMAIL, PHONE, URL, DATE, AMOUNT, QUANTITY, DAYS, CHOICE, ID }
}
