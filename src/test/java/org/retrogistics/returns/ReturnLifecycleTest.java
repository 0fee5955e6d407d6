package org.retrogistics.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retrogistics.testing.StateDiagrams;

/** Checks the transition table's shape and draws it into docs/, so the picture always matches the code. */
class ReturnLifecycleTest {

    @Test
    void everyStateIsReachableFromRequestedAndOnlyFinalStatesAreDeadEnds() {
        Set<ReturnStatus> seen = EnumSet.of(ReturnStatus.REQUESTED);
        Deque<ReturnStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            ReturnStatus s = todo.pop();
            ReturnLifecycle.TABLE.transitions().stream()
                    .filter(t -> t.from() == s)
                    .map(t -> t.to())
                    .filter(seen::add)
                    .forEach(todo::push);
        }
        assertThat(seen).containsExactlyInAnyOrder(ReturnStatus.values());
        assertThat(EnumSet.allOf(ReturnStatus.class).stream().filter(ReturnStatus::terminal))
                .containsExactlyInAnyOrder(
                        ReturnStatus.REJECTED, ReturnStatus.CLOSED, ReturnStatus.CANCELLED, ReturnStatus.EXPIRED);
    }

    @Test
    void theTableIsDeterministicAndNothingLeavesAFinalState() {
        assertThat(ReturnLifecycle.TABLE.transitions().stream()
                        .map(t -> t.from() + "/" + t.trigger())
                        .distinct())
                .hasSize(ReturnLifecycle.TABLE.transitions().size());
        assertThat(ReturnLifecycle.TABLE.next(ReturnStatus.CLOSED, ReturnTrigger.CANCEL))
                .isEmpty();
        assertThat(ReturnLifecycle.TABLE.next(ReturnStatus.RECEIVED, ReturnTrigger.CANCEL))
                .isEmpty();
        assertThat(ReturnLifecycle.TABLE.next(ReturnStatus.AUTHORIZED, ReturnTrigger.EXPIRE))
                .contains(ReturnStatus.EXPIRED);
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "return-lifecycle",
                "Return lifecycle",
                "`ReturnLifecycleTest` from `ReturnLifecycle.TABLE`",
                ReturnLifecycle.TABLE);
        assertThat(ReturnLifecycle.TABLE.finals())
                .containsExactlyElementsOf(EnumSet.allOf(ReturnStatus.class).stream()
                        .filter(ReturnStatus::terminal)
                        .toList());
        assertThat(doc)
                .contains("AUTHORIZED --> IN_TRANSIT : SHIP")
                .contains("UNDER_REVIEW --> REJECTED : REJECT")
                .contains("CLOSED --> [*]");
    }
}
