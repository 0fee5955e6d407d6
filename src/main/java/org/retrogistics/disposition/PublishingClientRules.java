package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client replaces its own disposition rules; every decision of the client is then decided again. */
@Service
@Transactional(readOnly = true)
public class PublishingClientRules {

    private final DispositionManagement dispositions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingClientRules(
            DispositionManagement dispositions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.dispositions = dispositions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Replaces the client's own rules ("never B2B_LOT brand=Acme", one per line); decisions are made again. */
    @Transactional
    public ClientRuleSet publishRules(Actor actor, String text) {
        int version = dispositions.rules(actor.clientId()).version() + 1;
        ClientRuleSet parsed = ClientRuleSet.parse(actor.clientId(), version, text == null ? "" : text);
        jdbc.sql(
                        """
                        insert into disposition_rules (client_id, version, rules, updated_at, updated_by)
                        values (:c, :v, :r, :at, :by)
                        on conflict (client_id) do update set version = excluded.version, rules = excluded.rules,
                          updated_at = excluded.updated_at, updated_by = excluded.updated_by
                        """)
                .param("c", actor.clientId().value())
                .param("v", version)
                .param("r", parsed.text())
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        events.publishEvent(
                new DispositionInputsChanged(actor.clientId().value(), "client rules v" + version, actor.name()));
        return parsed;
    }
}
