package org.neiqin.api.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list read from its query string as a module's query record says, for the REST API's description: the record
 * names its filters in {@code public static final List<String> FILTERS} and its sort columns in {@code SORTS}; each
 * filter is the record component of its name (or of its name and {@code Id}; {@code q} is {@code text}), typed as
 * the component is, or as the words the record lists in {@code <FILTER>_CHOICES} (a {@code List<String>}, e.g.
 * {@code ARCHIVED_CHOICES = List.of("false", "true", "all")}). {@code offset}, {@code limit} (1 to 500, 50 by
 * default), {@code sort} and {@code desc} come with every list.
 *
 * <pre>
 * &#64;GET
 * &#64;Lists(NoteQuery.class)
 * public ListQuery.Page&lt;NoteRow&gt; list(&#64;Context UriInfo uri) { ... }
 * </pre>
 *
 * @since 0.3
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Lists {
    /** @return the query record the list reads its parameters into */
    Class<? extends Record> value();
}
