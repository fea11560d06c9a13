package org.neiqin.kit.console;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Timeline;
import org.neiqin.kit.form.Labels;

/**
 * A record's progress drawn from its history: the states of its usual path in order, each done or to
 * come, with who took it and when (the audit entry that moved the record there, as {@code Store.move}
 * writes it, or the one that created it in its first state).
 *
 * @since 0.3 (of the kit)
 */
public final class Progress {
    private Progress() {
    }

    /**
     * @param history the record's audit entries, in any order
     * @param path the states a record usually goes through, in order (labelled {@code enum.<Type>.<NAME>})
     * @param done whether the record has reached a state of the path
     * @param late the state not yet reached that is overdue, or {@code null}
     * @return the timeline of the path
     */
    public static <S extends Enum<S>> Timeline timeline(PageRequest r, List<AuditEntry> history, List<S> path,
            Predicate<S> done, S late) {
        List<AuditEntry> oldestFirst = new ArrayList<>(history);
        oldestFirst.sort(java.util.Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::seq));
        List<Timeline.Step> steps = new ArrayList<>();
        for (S s : path) {
            AuditEntry reached = null;
            Pattern state = Pattern.compile("\"state\"\\s*:\\s*\"" + s.name() + "\"");
            for (AuditEntry e : oldestFirst) {
                boolean entered = (e.action() == AuditAction.TRANSITION || e.action() == AuditAction.CREATE
                        || e.action() == AuditAction.REVIEW) && e.newValues() != null && state.matcher(e.newValues()).find();
                if (entered) {
                    reached = e;
                } else if (reached == null && s == path.get(0) && e.action() == AuditAction.CREATE) {
                    // the record's own creation, not a later entry created on it (a stock-up, a ship date)
                    reached = e;
                }
            }
            boolean isDone = done.test(s);
            steps.add(new Timeline.Step(Labels.choice(r, s), isDone && reached != null ? r.person(reached.actor()) : null,
                    isDone && reached != null ? r.time(reached.at()) : null, isDone, s == late));
        }
        return new Timeline(steps);
    }
}
