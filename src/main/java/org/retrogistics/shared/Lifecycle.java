package org.retrogistics.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A lifecycle declared as data: a start state and one row per allowed move (from, trigger, to, and optionally a named
 * guard). Aggregates ask it where a trigger leads and refuse with their own domain exception when it leads nowhere;
 * tests draw its state diagram with {@link #mermaid()}, so the picture is the table's. Each module keeps its table;
 * the mechanism lives here once.
 *
 * @param <S> the states, an enum
 * @param <T> what moves the aggregate (usually an enum; a carrier's event name for a shipment)
 */
public final class Lifecycle<S extends Enum<S>, T> {

    /**
     * A named condition a move needs besides its from-state, tested on the subject the caller hands in. A subject of
     * another type, or none, does not satisfy it: a guarded move is never taken blind.
     */
    public record Guard(String name, Predicate<Object> holds) {

        public Guard {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(holds, "holds");
        }

        /** A guard on subjects of one type. */
        public static <C> Guard on(Class<C> type, String name, Predicate<? super C> holds) {
            return new Guard(name, o -> type.isInstance(o) && holds.test(type.cast(o)));
        }
    }

    /** One allowed move; {@code guard} is null when the move needs nothing but its from-state. */
    public record Transition<S, T>(S from, T trigger, S to, Guard guard) {

        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(trigger, "trigger");
            Objects.requireNonNull(to, "to");
        }

        /** The same move, allowed only while the guard holds. */
        public Transition<S, T> when(Guard condition) {
            return new Transition<>(from, trigger, to, condition);
        }

        boolean leaves(S state, T by) {
            return from == state && trigger.equals(by);
        }

        boolean passes(Object subject) {
            return guard == null || guard.holds().test(subject);
        }

        String label() {
            return guard == null ? String.valueOf(trigger) : trigger + " [" + guard.name() + "]";
        }
    }

    private final S initial;
    private final List<Transition<S, T>> transitions;

    private Lifecycle(S initial, List<Transition<S, T>> transitions) {
        this.initial = Objects.requireNonNull(initial, "initial");
        this.transitions = List.copyOf(transitions);
        List<Transition<S, T>> seen = new ArrayList<>();
        for (Transition<S, T> t : this.transitions) {
            if (seen.stream().anyMatch(s -> s.guard() == null && s.leaves(t.from(), t.trigger()))) {
                throw new IllegalArgumentException(
                        "two moves for " + t.trigger() + " from " + t.from() + ": the table must be deterministic");
            }
            seen.add(t);
        }
    }

    /** A lifecycle starting at {@code initial}; for one state and trigger the first move whose guard holds wins. */
    public static <S extends Enum<S>, T> Lifecycle<S, T> of(S initial, List<Transition<S, T>> transitions) {
        return new Lifecycle<>(initial, transitions);
    }

    /** One unguarded row, for declaring a table. */
    public static <S, T> Transition<S, T> move(S from, T trigger, S to) {
        return new Transition<>(from, trigger, to, null);
    }

    public S initial() {
        return initial;
    }

    /** Every row, in the order declared. */
    public List<Transition<S, T>> transitions() {
        return transitions;
    }

    /** Where the trigger leads from the state, if anywhere; a guarded move is not taken (there is no subject). */
    public Optional<S> next(S from, T trigger) {
        return next(from, trigger, null);
    }

    /** Where the trigger leads from the state for this subject, testing the guards on it. */
    public Optional<S> next(S from, T trigger, Object subject) {
        return transitions.stream()
                .filter(t -> t.leaves(from, trigger) && t.passes(subject))
                .map(Transition::to)
                .findFirst();
    }

    public boolean allows(S from, T trigger) {
        return next(from, trigger).isPresent();
    }

    /** The state the trigger leads to, or the refusal the caller names (its own domain exception). */
    public <X extends RuntimeException> S require(S from, T trigger, Supplier<X> refusal) {
        return next(from, trigger).orElseThrow(refusal);
    }

    /** As {@link #require(Enum, Object, Supplier)}, testing the guards on the subject. */
    public <X extends RuntimeException> S require(S from, T trigger, Object subject, Supplier<X> refusal) {
        return next(from, trigger, subject).orElseThrow(refusal);
    }

    /** The triggers some row allows from the state (enum triggers in their declared order, others in table order). */
    public Set<T> triggersFrom(S from) {
        List<T> found = new ArrayList<>();
        transitions.stream().filter(t -> t.from() == from).forEach(t -> found.add(t.trigger()));
        found.sort(Comparator.comparingInt(t -> t instanceof Enum<?> e ? e.ordinal() : 0));
        return Collections.unmodifiableSet(new LinkedHashSet<>(found));
    }

    /** Whether some row is moved by this trigger. */
    public boolean knows(T trigger) {
        return transitions.stream().anyMatch(t -> t.trigger().equals(trigger));
    }

    /** A state no row leaves. */
    public boolean isFinal(S state) {
        return transitions.stream().noneMatch(t -> t.from() == state);
    }

    /** The states no row leaves, in their declared order. */
    public List<S> finals() {
        return EnumSet.allOf(initial.getDeclaringClass()).stream()
                .filter(this::isFinal)
                .toList();
    }

    /** The table as a Mermaid state diagram: the start, every row (guards in brackets), and the final states. */
    public String mermaid() {
        StringBuilder diagram = new StringBuilder("stateDiagram-v2\n    [*] --> " + initial + "\n");
        transitions.forEach(t -> diagram.append("    ")
                .append(t.from())
                .append(" --> ")
                .append(t.to())
                .append(" : ")
                .append(t.label())
                .append('\n'));
        finals().forEach(s -> diagram.append("    ").append(s).append(" --> [*]\n"));
        return diagram.toString();
    }
}
