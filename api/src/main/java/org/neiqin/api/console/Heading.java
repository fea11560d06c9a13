package org.neiqin.api.console;

/**
 * A section heading.
 *
 * @param text shown as is (escaped)
 * @since 0.1
 */
public record Heading(String text) implements Block {
}
