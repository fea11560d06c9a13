package org.neiqin.api.console;

import java.util.List;

/**
 * The head of a record's page: its number, where it stands as a badge, and its main figures (a
 * document's total, what is left to deliver), drawn above the record's facts.
 *
 * @param number the record's number as users quote it ({@code LN-SY-NO.0001}, "draft")
 * @param state where it stands, in the reader's words; {@code null} for none
 * @param tone how the state reads at a glance
 * @param figures the main figures, label and value (a value made with {@link Cell#of} reads as money)
 * @since 0.8
 */
public record RecordHeader(String number, String state, Tone tone, List<Properties.Property> figures) implements Block {
    public RecordHeader {
        tone = tone == null ? Tone.NEUTRAL : tone;
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** How a state reads: settled and fine, waiting on someone, gone wrong, in progress, or neither. */
    public enum Tone { NEUTRAL, GOOD, WARN, BAD, INFO }
}
