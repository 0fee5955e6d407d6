package org.retrogistics.refunds;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.retrogistics.shared.RecoveryFacts;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Test helper: keeps every recovery fact the application publishes, so a test can look for its own. */
@Component
public class RecoveryFactsRecorder {

    private final List<RecoveryFacts.Entry> entries = new CopyOnWriteArrayList<>();

    @EventListener
    void on(RecoveryFacts facts) {
        entries.addAll(facts.facts());
    }

    public List<RecoveryFacts.Entry> bySource(String sourceRef) {
        return entries.stream().filter(e -> e.sourceRef().equals(sourceRef)).toList();
    }
}
