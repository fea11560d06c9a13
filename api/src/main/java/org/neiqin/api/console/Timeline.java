package org.neiqin.api.console;

import java.util.List;

/**
 * A record's progress through its steps (a delivery note: prepared, reviewed, shipped, in transit,
 * delivered): each step done or still to come, with who took it and when, a late one marked.
 *
 * @param steps in order
 * @since 0.8
 */
public record Timeline(List<Step> steps) implements Block {
    public Timeline {
        steps = List.copyOf(steps);
    }

    /**
     * @param label the step, in the reader's words
     * @param who who took it, or {@code null}
     * @param when when, as the reader reads it ({@link PageRequest#time}), or {@code null}
     * @param done whether it has been taken
     * @param late whether it is (or was taken) later than promised
     */
    public record Step(String label, String who, String when, boolean done, boolean late) {
    }
}
