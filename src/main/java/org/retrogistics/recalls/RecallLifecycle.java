package org.retrogistics.recalls;

import static org.retrogistics.recalls.RecallStatus.CANCELLED;
import static org.retrogistics.recalls.RecallStatus.CLOSED;
import static org.retrogistics.recalls.RecallStatus.DRAFT;
import static org.retrogistics.recalls.RecallStatus.LAUNCHED;
import static org.retrogistics.recalls.RecallStatus.LAUNCHING;
import static org.retrogistics.shared.Lifecycle.move;

import java.util.List;
import org.retrogistics.shared.Lifecycle;

/** The recall campaign's lifecycle as data: every allowed move, and nothing else. */
public final class RecallLifecycle {

    public static final Lifecycle<RecallStatus, RecallTrigger> TABLE = Lifecycle.of(
            DRAFT,
            List.of(
                    move(DRAFT, RecallTrigger.LAUNCH, LAUNCHING),
                    move(DRAFT, RecallTrigger.CANCEL, CANCELLED),
                    move(LAUNCHING, RecallTrigger.FINISH_LAUNCH, LAUNCHED),
                    move(LAUNCHED, RecallTrigger.CLOSE, CLOSED)));

    private RecallLifecycle() {}
}
