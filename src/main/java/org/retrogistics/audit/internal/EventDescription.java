package org.retrogistics.audit.internal;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import org.retrogistics.audit.AuditCategory;
import org.retrogistics.audit.AuditRecord;
import org.retrogistics.shared.ClientId;

/**
 * Turns a module's event record into an audit row by its components' names, so that one rule serves every event:
 * {@code clientId} is the client, {@code reason} the reason, the first of {@code rmaNumber}, {@code number},
 * {@code unitId}, {@code returnId} the subject, and the rest (but the timestamp) the detail, as {@code name=value}.
 * A new component of an event shows up in the detail by itself.
 */
final class EventDescription {

    private static final String[] SUBJECTS = {"rmaNumber", "number", "unitId", "returnId", "campaignId"};
    private static final Set<String> NOT_DETAIL = Set.of("clientId", "reason", "occurredAt");
    private static final int MAX_DETAIL = 2000;

    private EventDescription() {}

    static AuditRecord of(Record event, AuditCategory category) {
        return of(event, category, event.getClass().getSimpleName());
    }

    static AuditRecord of(Record event, AuditCategory category, String type) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        ClientId client = null;
        String reason = null;
        String subject = null;
        int subjectRank = SUBJECTS.length;
        StringJoiner detail = new StringJoiner(" ");
        for (RecordComponent c : components) {
            Object value = value(event, c);
            String name = c.getName();
            if ("clientId".equals(name)) {
                client = value instanceof ClientId id ? id : value instanceof UUID id ? new ClientId(id) : null;
            } else if ("reason".equals(name) && value != null) {
                reason = value.toString();
            }
            for (int i = 0; i < subjectRank; i++) {
                if (SUBJECTS[i].equals(name) && value != null) {
                    subject = value.toString();
                    subjectRank = i;
                }
            }
            if (!NOT_DETAIL.contains(name) && value != null) {
                detail.add(name + "=" + value);
            }
        }
        if (client == null) {
            throw new IllegalArgumentException(event.getClass().getSimpleName() + " names no client");
        }
        String text = detail.toString();
        return new AuditRecord(
                client,
                category,
                type,
                subject,
                reason,
                text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) : text);
    }

    private static Object value(Record event, RecordComponent c) {
        try {
            return c.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + event.getClass(), e);
        }
    }
}
