package org.neiqin.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permissions a REST operation needs: the caller must hold at least one of them, or is answered 403
 * {@code forbidden} before the request's body is read or any record is looked at. Core checks it for every
 * operation, lists it in the OpenAPI document as {@code x-neiqin-permissions}, and the role matrix test sends every
 * operation as every role and compares the answers with it. The service the resource calls checks again, and finer
 * where a rule needs the record (one's own claims, the document's kind): this is the coarse gate, the same for REST
 * whatever the service does.
 *
 * <pre>
 * &#64;POST
 * &#64;Requires(CrmModule.WRITE)
 * public Response create(CustomerData data)
 * </pre>
 *
 * On a resource class it is each operation's that has none of its own. A permission of a module that is not
 * installed is not asked for (nobody could hold it): the service says what the module's absence means.
 *
 * @since 0.6
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {
    /**
     * @return the permissions, any one of which lets the caller in (e.g. {@code crm.write}); none
     *         ({@code @Requires({})}): every logged-in user (the module list, the REST description)
     */
    String[] value();
}
