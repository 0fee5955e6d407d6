package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one lifecycle engine: it takes only the moves in its table, honours guards, and draws every row. */
class LifecycleTest {

    enum Door {
        OPEN,
        CLOSED,
        LOCKED
    }

    enum Act {
        CLOSE,
        OPEN,
        LOCK,
        UNLOCK
    }

    record Key(boolean fits) {}

    static class DoorStuck extends RuntimeException {}

    private static final Lifecycle<Door, Act> DOOR = Lifecycle.of(
            Door.OPEN,
            List.of(
                    move(Door.OPEN, Act.CLOSE, Door.CLOSED),
                    move(Door.CLOSED, Act.LOCK, Door.LOCKED),
                    move(Door.CLOSED, Act.OPEN, Door.OPEN),
                    move(Door.LOCKED, Act.UNLOCK, Door.CLOSED)
                            .when(Lifecycle.Guard.on(Key.class, "key fits", Key::fits))));

    @Test
    void anUnknownMoveIsRefusedWithTheCallersException() {
        assertThat(DOOR.next(Door.OPEN, Act.CLOSE)).contains(Door.CLOSED);
        assertThat(DOOR.allows(Door.OPEN, Act.LOCK)).isFalse();
        assertThat(DOOR.next(Door.OPEN, Act.LOCK)).isEmpty();
        assertThat(DOOR.require(Door.CLOSED, Act.LOCK, DoorStuck::new)).isEqualTo(Door.LOCKED);
        assertThatThrownBy(() -> DOOR.require(Door.OPEN, Act.LOCK, DoorStuck::new))
                .isInstanceOf(DoorStuck.class);
    }

    @Test
    void aGuardRefusesUnlessItHoldsForTheSubject() {
        assertThat(DOOR.next(Door.LOCKED, Act.UNLOCK, new Key(true))).contains(Door.CLOSED);
        assertThat(DOOR.next(Door.LOCKED, Act.UNLOCK, new Key(false))).isEmpty();
        // no subject, or one of another type: a guarded move is never taken blind
        assertThat(DOOR.next(Door.LOCKED, Act.UNLOCK)).isEmpty();
        assertThat(DOOR.next(Door.LOCKED, Act.UNLOCK, "a crowbar")).isEmpty();
        assertThatThrownBy(() -> DOOR.require(Door.LOCKED, Act.UNLOCK, new Key(false), DoorStuck::new))
                .isInstanceOf(DoorStuck.class);
        assertThat(DOOR.require(Door.LOCKED, Act.UNLOCK, new Key(true), DoorStuck::new))
                .isEqualTo(Door.CLOSED);
    }

    @Test
    void triggersFinalsAndKnownTriggersComeFromTheTable() {
        // enum triggers come in their declared order, whatever the table's order
        assertThat(DOOR.triggersFrom(Door.CLOSED)).containsExactly(Act.OPEN, Act.LOCK);
        assertThat(DOOR.knows(Act.UNLOCK)).isTrue();
        Lifecycle<Door, String> oneWay = Lifecycle.of(Door.OPEN, List.of(move(Door.OPEN, "slam", Door.CLOSED)));
        assertThat(oneWay.finals()).containsExactly(Door.CLOSED, Door.LOCKED);
        assertThat(oneWay.knows("knock")).isFalse();
    }

    @Test
    void aTableWithTwoUnguardedMovesForOneTriggerIsRefused() {
        assertThatThrownBy(() -> Lifecycle.of(
                        Door.OPEN,
                        List.of(move(Door.OPEN, Act.CLOSE, Door.CLOSED), move(Door.OPEN, Act.CLOSE, Door.LOCKED))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deterministic");
    }

    @Test
    void theDiagramListsTheStartEveryRowAndTheFinalStates() {
        String diagram = DOOR.mermaid();
        assertThat(diagram).startsWith("stateDiagram-v2\n    [*] --> OPEN\n");
        for (Lifecycle.Transition<Door, Act> t : DOOR.transitions()) {
            assertThat(diagram).contains("    " + t.from() + " --> " + t.to() + " : " + t.trigger());
        }
        assertThat(diagram).contains("LOCKED --> CLOSED : UNLOCK [key fits]");
        // every state has a way out here, so none is drawn as final
        assertThat(diagram).doesNotContain("--> [*]");
        assertThat(diagram.lines().filter(l -> l.contains(" : ")))
                .hasSize(DOOR.transitions().size());
    }
}
