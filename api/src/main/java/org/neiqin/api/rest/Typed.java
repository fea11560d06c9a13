package org.neiqin.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a query parameter read as text holds, for the REST API's description: a resource reads parameters as text
 * so that a bad one is refused with the field's own message (JAX-RS would answer 404), and says here what the text
 * must be.
 *
 * <pre>
 * public List&lt;VisitView&gt; visits(&#64;QueryParam("customer") &#64;Typed(value = Long.class, min = 1) String customer)
 * </pre>
 *
 * @since 0.3
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Typed {
    /** @return the type the text is read as: {@code Long}, {@code Integer}, {@code LocalDate}, {@code Boolean} or an enum */
    Class<?> value();

    /** @return the least number taken ({@code Long.MIN_VALUE}: none) */
    long min() default Long.MIN_VALUE;

    /** @return the greatest number taken ({@code Long.MAX_VALUE}: none) */
    long max() default Long.MAX_VALUE;
}
