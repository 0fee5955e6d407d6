package org.retrogistics.recalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.retrogistics.returns.Resolution;
import org.retrogistics.testing.StateDiagrams;

/** The campaign's table and the aggregate's moves; the table is drawn into docs/. */
class RecallLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static RecallCampaign draft() {
        return RecallCampaign.draft(
                new RecallCampaign.Definition(
                        UUID.randomUUID(),
                        "RC-000001",
                        "Charger overheats",
                        new RecallCriteria(UUID.randomUUID(), "SKU", List.of("L1"), null, null, null, null),
                        Resolution.REPLACEMENT,
                        null),
                "manager",
                NOW);
    }

    @Test
    void everyStateIsReachableAndOnlyClosedAndCancelledAreFinal() {
        Set<RecallStatus> seen = EnumSet.of(RecallStatus.DRAFT);
        Deque<RecallStatus> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            RecallStatus s = todo.pop();
            RecallLifecycle.TABLE.transitions().stream()
                    .filter(t -> t.from() == s)
                    .forEach(t -> {
                        if (seen.add(t.to())) {
                            todo.push(t.to());
                        }
                    });
        }
        assertThat(seen).containsExactlyInAnyOrder(RecallStatus.values());
        for (RecallStatus s : RecallStatus.values()) {
            assertThat(RecallLifecycle.TABLE.triggersFrom(s).isEmpty())
                    .as(s.name())
                    .isEqualTo(!s.open());
        }
    }

    @Test
    void aCampaignLaunchesOnceFinishesItsLaunchAndCloses() {
        RecallCampaign c = draft();
        assertThat(c.getStatus()).isEqualTo(RecallStatus.DRAFT);
        assertThat(c.possibleActions()).containsExactly(RecallTrigger.LAUNCH, RecallTrigger.CANCEL);
        c.launch("manager", NOW);
        assertThat(c.getStatus()).isEqualTo(RecallStatus.LAUNCHING);
        assertThat(c.getLaunchedBy()).isEqualTo("manager");
        assertThatThrownBy(() -> c.launch("manager", NOW))
                .isInstanceOf(RecallTransitionNotAllowed.class)
                .hasMessageContaining("LAUNCHING");
        assertThatThrownBy(() -> c.close(NOW)).isInstanceOf(RecallTransitionNotAllowed.class);
        c.finishLaunch(NOW);
        assertThat(c.getStatus()).isEqualTo(RecallStatus.LAUNCHED);
        assertThatThrownBy(() -> c.cancel(NOW)).isInstanceOf(RecallTransitionNotAllowed.class);
        c.close(NOW);
        assertThat(c.getStatus()).isEqualTo(RecallStatus.CLOSED);
        assertThat(c.possibleActions()).isEmpty();
    }

    @Test
    void drawsTheStateDiagramIntoDocs() throws IOException {
        String doc = StateDiagrams.write(
                "recall-lifecycle",
                "Recall campaign lifecycle",
                "`RecallLifecycleTest` from `RecallLifecycle.TABLE`",
                RecallLifecycle.TABLE);
        assertThat(RecallLifecycle.TABLE.finals())
                .containsExactlyElementsOf(EnumSet.allOf(RecallStatus.class).stream()
                        .filter(s -> !s.open())
                        .toList());
        assertThat(doc).contains("DRAFT --> LAUNCHING : LAUNCH").contains("CLOSED --> [*]");
    }
}
