package org.retrogistics.disposition;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.retrogistics.access.Actor;
import org.retrogistics.disposition.DispositionManagement.ClientTable;
import org.retrogistics.shared.ClientId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client publishes its own rows of the recovery table; every decision of the client is then decided again. */
@Service
@Transactional(readOnly = true)
public class PublishingRecoveryTables {

    private final DispositionManagement dispositions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublishingRecoveryTables(
            DispositionManagement dispositions,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Optional<Clock> clock) {
        this.dispositions = dispositions;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }
    /** Publishes a new version of the client's own rows; every decision of the client is then decided again. */
    @Transactional
    public ClientTable publishTable(Actor actor, String csv) {
        List<RecoveryEntry> rows = RecoveryTableCsv.readEntries(csv);
        for (RecoveryEntry e : rows) {
            if (e.client() != null && !e.client().equals(actor.clientId())) {
                throw new InvalidRecoveryTable(
                        "a row names client " + e.client().value()
                                + "; a table holds only your own rows (put * or your own client id in the client column)");
            }
        }
        List<RecoveryEntry> own =
                rows.stream().map(e -> ownRow(e, actor.clientId())).toList();
        String normalised = RecoveryTableCsv.write(new RecoveryTable("client", 1, Currency.getInstance("USD"), own))
                .lines()
                .filter(l -> !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        int version = dispositions
                .clientTable(actor.clientId())
                .map(t -> t.version() + 1)
                .orElse(1);
        jdbc.sql(
                        """
                        insert into recovery_table (client_id, version, csv, created_at, created_by)
                        values (:c, :v, :csv, :at, :by)
                        """)
                .param("c", actor.clientId().value())
                .param("v", version)
                .param("csv", normalised)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", actor.name())
                .update();
        events.publishEvent(
                new DispositionInputsChanged(actor.clientId().value(), "recovery table v" + version, actor.name()));
        return dispositions.clientTable(actor.clientId()).orElseThrow();
    }

    private static RecoveryEntry ownRow(RecoveryEntry e, ClientId client) {
        return new RecoveryEntry(
                client,
                e.category(),
                e.band(),
                e.option(),
                e.priceFraction(),
                e.sellThrough(),
                e.holdingDays(),
                e.markdownPer30Days(),
                e.labourMinutes(),
                e.labourRatePerHour(),
                e.sanitiseMinutes(),
                e.partsFraction(),
                e.partsFixed(),
                e.transport(),
                e.channelFee(),
                e.fixedFee(),
                e.valuePerKg(),
                e.source());
    }
}
