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

    /** What a campaign is: whose, its number and name, what it recalls and what the customer gets. */
    public record Definition(
            UUID clientId, String number, String name, RecallCriteria criteria, Resolution remedy, String note) {}

    /** Who created the campaign and when, and when it was launched, finished launching and closed. */
    public record Trail(
            Instant createdAt,
            String createdBy,
            Instant launchedAt,
            String launchedBy,
            Instant launchFinishedAt,
            Instant closedAt) {}

    /** A new campaign, in DRAFT. */
    static RecallCampaign draft(Definition d, String by, Instant now) {
        return new RecallCampaign(
                UUID.randomUUID(),
                new Definition(
                        d.clientId(),
                        d.number(),
                        d.name(),
                        d.criteria(),
                        d.remedy() == null ? Resolution.NONE : d.remedy(),
                        d.note()),
                RecallStatus.DRAFT,
                new Trail(now, by, null, null, null, null),
                0,
                new RecallProgress(0, 0, 0, 0));
    }

    /** A campaign as stored. */
    public RecallCampaign(
            UUID id, Definition definition, RecallStatus status, Trail trail, long version, RecallProgress progress) {
        this.id = id;
        this.clientId = definition.clientId();
        this.number = definition.number();
        this.name = definition.name();
        this.status = status;
        this.criteria = definition.criteria();
        this.remedy = definition.remedy();
        this.note = definition.note();
        this.createdAt = trail.createdAt();
        this.createdBy = trail.createdBy();
        this.launchedAt = trail.launchedAt();
        this.launchedBy = trail.launchedBy();
        this.launchFinishedAt = trail.launchFinishedAt();
        this.closedAt = trail.closedAt();
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
        this.status = RecallLifecycle.TABLE.require(
                from, trigger, () -> new RecallTransitionNotAllowed(number, from, trigger));
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
        return RecallLifecycle.TABLE.triggersFrom(status).stream()
                .filter(t -> t != RecallTrigger.FINISH_LAUNCH)
                .toList();
    }
}
