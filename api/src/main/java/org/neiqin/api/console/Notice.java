package org.neiqin.api.console;

/**
 * A message box.
 *
 * @param level how it is styled
 * @param text the message
 * @since 0.1
 */
public record Notice(Level level, String text) implements Block {
    /** Styling of a notice. */
    public enum Level { INFO, SUCCESS, WARNING, ERROR }
}
