package org.neiqin.kit.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;

/**
 * The steps a record may take from each of its states, declared once next to the states:
 *
 * <pre>
 * static final Transitions&lt;NoteState&gt; STEPS = Transitions.of(NoteState.class)
 *         .step(PREPARED, IN_REVIEW, CANCELLED)
 *         .step(IN_REVIEW, REVIEWED, PREPARED);
 * </pre>
 * A state with no step is final.
 *
 * @param <S> the states
 */
public final class Transitions<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private Transitions(Class<S> type, Map<S, Set<S>> next) {
        this.type = type;
        this.next = next;
    }

    /** @return a lifecycle in which every state of {@code type} is final, to add steps to */
    public static <S extends Enum<S>> Transitions<S> of(Class<S> type) {
        return new Transitions<>(type, new EnumMap<>(type));
    }

    /** @return this lifecycle with the steps from {@code from} to each of {@code to} added */
    @SafeVarargs
    public final Transitions<S> step(S from, S... to) {
        Map<S, Set<S>> copy = new EnumMap<>(type);
        next.forEach((k, v) -> copy.put(k, EnumSet.copyOf(v)));
        Set<S> targets = copy.computeIfAbsent(from, k -> EnumSet.noneOf(type));
        Collections.addAll(targets, to);
        return new Transitions<>(type, copy);
    }

    /** @return whether a record may go from {@code from} to {@code to} */
    public boolean allows(S from, S to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    /** @return the states a record may go to from {@code from} */
    public Set<S> next(S from) {
        Set<S> s = next.get(from);
        return s == null ? Collections.unmodifiableSet(EnumSet.noneOf(type)) : Collections.unmodifiableSet(s);
    }

    /** @return whether {@code state} has no step onwards */
    public boolean isFinal(S state) {
        return next(state).isEmpty();
    }

    /**
     * @param reference how users know the record (its number)
     * @throws ConflictException 409 {@code state} naming the record, where it is and where it cannot go
     */
    public void require(S from, S to, String reference) {
        if (!allows(from, to)) {
            throw new ConflictException("state", Text.of("state.step", "{0} is {1}: it cannot go to {2}", reference,
                    from, to));
        }
    }
}
