package org.neiqin.api.console;

/**
 * A link to another console page.
 *
 * @param text what the user reads
 * @param href a console page label with an optional query, e.g. {@code neiqin-reviews?id=3};
 *        absolute URLs and {@code javascript:} are refused by the toolkit
 * @since 0.1
 */
public record Link(String text, String href) {
}
