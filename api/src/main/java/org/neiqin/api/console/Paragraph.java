package org.neiqin.api.console;

/**
 * A paragraph of text.
 *
 * @param text shown as is (escaped)
 * @since 0.1
 */
public record Paragraph(String text) implements Block {
}
