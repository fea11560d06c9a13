package org.neiqin.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that returns a JAX-RS {@code Response} answers when it succeeds, for the
 * REST API's description ({@value NeiqinRest#BASE_PATH}/openapi.json): the type of the body and the
 * status. A method that returns its body's type needs no annotation.
 *
 * <pre>
 * &#64;POST
 * &#64;Answers(status = 201, value = CustomerView.class)
 * public Response create(CustomerData data) { ... }
 * </pre>
 *
 * @since 0.2
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {
    /** @return the type of the body ({@code Void.class} for none) */
    Class<?> value();

    /** @return the status of a successful answer */
    int status() default 200;

    /** @return true when the body is a list of {@link #value()} */
    boolean list() default false;
}
