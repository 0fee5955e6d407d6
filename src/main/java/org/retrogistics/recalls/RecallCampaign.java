package org.retrogistics.recalls;

import java.time.Instant;
import java.util.UUID;
import org.retrogistics.returns.Resolution;

/**
 * A recall campaign: the affected product and the criteria that name its affected items, and where the campaign is.
 * It owns its state: every move asks {@link RecallLifecycle} first. Progress counters are kept by the launch job and the
 * receipt listener, not here.
 */
public final class RecallCampaign {

    private final UUID id;
    private final UUID clientId;
    private final String number;
    private final String name;
    private RecallStatus status;
    private final RecallCriteria criteria;
    private final Resolution remedy;
    private final String note;
    private final Instant createdAt;
    private final String createdBy;
    private Instant launchedAt;
    private String launchedBy;
    private Instant launchFinishedAt;
    private Instant closedAt;
    private final long version;
    private final RecallProgress progress;

    /** A new campaign, in DRAFT. */
    static RecallCampaign draft(
            UUID clientId,
            String number,
            String name,
            RecallCriteria criteria,
            Resolution remedy,
            String note,
            String by,
            Instant now) {
        return new RecallCampaign(
                UUID.randomUUID(),
                clientId,
                number,
                name,
                RecallStatus.DRAFT,
                criteria,
                remedy == null ? Resolution.NONE : remedy,
                note,
                now,
                by,
                null,
                null,
                null,
                null,
                0,
                new RecallProgress(0, 0, 0, 0));
    }

    /** A campaign as stored. */
    public RecallCampaign(
            UUID id,
            UUID clientId,
            String number,
            String name,
            RecallStatus status,
            RecallCriteria criteria,
            Resolution remedy,
            String note,
            Instant createdAt,
            String createdBy,
            Instant launchedAt,
            String launchedBy,
            Instant launchFinishedAt,
            Instant closedAt,
            long version,
            RecallProgress progress) {
        this.id = id;
        this.clientId = clientId;
        this.number = number;
        this.name = name;
        this.status = status;
        this.criteria = criteria;
        this.remedy = remedy;
        this.note = note;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.launchedAt = launchedAt;
        this.launchedBy = launchedBy;
        this.launchFinishedAt = launchFinishedAt;
        this.closedAt = closedAt;
        this.version = version;
        this.progress = progress;
    }

    void launch(String by, Instant now) {
        move(RecallTrigger.LAUNCH);
        this.launchedAt = now;
        this.launchedBy = by;
    }

    void finishLaunch(Instant now) {
        move(RecallTrigger.FINISH_LAUNCH);
        this.launchFinishedAt = now;
    }

    void close(Instant now) {
        move(RecallTrigger.CLOSE);
        this.closedAt = now;
    }

    void cancel(Instant now) {
        move(RecallTrigger.CANCEL);
        this.closedAt = now;
    }

    private void move(RecallTrigger trigger) {
        RecallStatus from = status;
        this.status = RecallLifecycle.next(from, trigger)
                .orElseThrow(() -> new RecallTransitionNotAllowed(number, from, trigger));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public RecallStatus getStatus() {
        return status;
    }

    public RecallCriteria getCriteria() {
        return criteria;
    }

    public Resolution getRemedy() {
        return remedy;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public String getLaunchedBy() {
        return launchedBy;
    }

    public Instant getLaunchFinishedAt() {
        return launchFinishedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }

    public RecallProgress getProgress() {
        return progress;
    }

    public java.util.List<RecallTrigger> possibleActions() {
        return RecallLifecycle.possible(status).stream()
                .filter(t -> t != RecallTrigger.FINISH_LAUNCH)
                .toList();
    }
}
