package org.retrogistics.integration.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.retrogistics.disposition.DispositionDecided;
import org.retrogistics.inspection.UnitGraded;
import org.retrogistics.integration.WebhookEventType;
import org.retrogistics.receiving.UnitReceived;
import org.retrogistics.refunds.RefundEvents.RefundIssued;
import org.retrogistics.returns.ReturnEvents.ReturnAuthorized;
import org.retrogistics.returns.ReturnEvents.ReturnClosed;
import org.retrogistics.returns.ReturnEvents.ReturnReceived;
import org.retrogistics.returns.ReturnEvents.ReturnRejected;
import tools.jackson.databind.json.JsonMapper;

/**
 * The v1 payload of each catalogued event: {@code {"type", "timestamp", "data"}}, {@code data} built field by field
 * from the event, so that a change to an event record does not change what receivers get. Ids are UUID strings,
 * amounts decimal strings, times ISO-8601 in UTC; a field without a value is null.
 */
final class WebhookMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One message: its type, the client whose event it is, its stable id and its body; {@code envelope} is the body
     * with the id in front ({@code {"id", "type", "timestamp", "data"}}), for the broker (ADR 0029).
     */
    record Message(WebhookEventType type, UUID clientId, String id, String body, String envelope) {}

    private WebhookMessages() {}

    /** The catalogued type and the client of an event, without building its body; null for any other event. */
    static Subject subject(Object event) {
        if (event instanceof ReturnAuthorized e) {
            return new Subject(WebhookEventType.RETURN_AUTHORIZED, e.clientId());
        } else if (event instanceof ReturnRejected e) {
            return new Subject(WebhookEventType.RETURN_REJECTED, e.clientId());
        } else if (event instanceof ReturnReceived e) {
            return new Subject(WebhookEventType.RETURN_RECEIVED, e.clientId());
        } else if (event instanceof ReturnClosed e) {
            return new Subject(WebhookEventType.RETURN_CLOSED, e.clientId());
        } else if (event instanceof UnitReceived e) {
            return new Subject(WebhookEventType.UNIT_RECEIVED, e.clientId());
        } else if (event instanceof UnitGraded e) {
            return new Subject(WebhookEventType.UNIT_GRADED, e.clientId());
        } else if (event instanceof DispositionDecided e) {
            return new Subject(WebhookEventType.DISPOSITION_DECIDED, e.clientId());
        } else if (event instanceof RefundIssued e) {
            return new Subject(WebhookEventType.REFUND_ISSUED, e.clientId());
        }
        return null;
    }

    /** What an event is about, for the listeners' condition. */
    record Subject(WebhookEventType type, UUID clientId) {}

    /** The message of a catalogued event; null for any other. */
    static Message of(Object event) {
        Subject s = subject(event);
        if (s == null) {
            return null;
        }
        return message(s, data(event));
    }

    private static Fields data(Object event) {
        if (event instanceof ReturnAuthorized e) {
            return fields("returnId", e.returnId(), "rmaNumber", e.rmaNumber(), "authorizedBy", e.by())
                    .with("policyVersion", e.policyVersion())
                    .at(e.occurredAt());
        } else if (event instanceof ReturnRejected e) {
            return fields("returnId", e.returnId(), "rmaNumber", e.rmaNumber(), "reason", e.reason())
                    .at(e.occurredAt());
        } else if (event instanceof ReturnReceived e) {
            return fields("returnId", e.returnId(), "rmaNumber", e.rmaNumber(), "status", "RECEIVED")
                    .at(e.occurredAt());
        } else if (event instanceof ReturnClosed e) {
            return fields("returnId", e.returnId(), "rmaNumber", e.rmaNumber(), "status", "CLOSED")
                    .at(e.occurredAt());
        } else if (event instanceof UnitReceived e) {
            return fields("unitId", e.unitId(), "licencePlate", e.licencePlate(), "sku", e.sku())
                    .with("rmaNumber", e.rmaNumber())
                    .with("outcome", e.outcome())
                    .with("reason", e.reason())
                    .with("resolution", e.resolution())
                    .at(e.occurredAt());
        } else if (event instanceof UnitGraded e) {
            return unitGraded(e);
        } else if (event instanceof DispositionDecided e) {
            return dispositionDecided(e);
        }
        RefundIssued e = (RefundIssued) event;
        return fields("movementId", e.movementId(), "returnId", e.returnId(), "rmaNumber", e.rmaNumber())
                .with("lineNo", e.lineNo())
                .with("kind", e.kind())
                .with("amount", e.amount() == null ? null : e.amount().toPlainString())
                .with("currency", e.currency())
                .with("providerRef", e.providerRef())
                .at(e.occurredAt());
    }

    private static Fields unitGraded(UnitGraded e) {
        return fields("unitId", e.unitId(), "productId", e.productId(), "inspectionId", e.inspectionId())
                .with("functionalGrade", e.functional())
                .with("cosmeticGrade", e.cosmetic())
                .with("dataBearing", e.dataBearing())
                .with("sanitised", e.sanitised())
                .with("batteryState", e.batteryState())
                .with("authenticityHold", e.authenticityHold())
                .with("source", e.source())
                .at(e.occurredAt());
    }

    private static Fields dispositionDecided(DispositionDecided e) {
        Map<String, Object> net = null;
        if (e.expectedNet() != null) {
            net = new LinkedHashMap<>();
            net.put("amount", e.expectedNet().amount().toPlainString());
            net.put("currency", e.expectedNet().currency().getCurrencyCode());
        }
        return fields("unitId", e.unitId(), "option", e.option(), "previousOption", e.previous())
                .with(
                        "requiredWork",
                        e.requiredWork() == null
                                ? null
                                : new ArrayList<>(e.requiredWork().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList()))
                .with("revision", e.revision())
                .with("expectedNet", net)
                .with("trigger", e.trigger())
                .at(e.occurredAt());
    }

    private static Message message(Subject s, Fields data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", s.type().publicName());
        body.put("timestamp", data.at == null ? null : data.at.toString());
        body.put("data", data.map);
        String json = JSON.writeValueAsString(body);
        // the same event gives the same id: a listener that runs again after a crash writes no second delivery
        String id = "msg_"
                + UUID.nameUUIDFromBytes(json.getBytes(StandardCharsets.UTF_8))
                        .toString()
                        .replace("-", "");
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", id);
        envelope.putAll(body);
        return new Message(s.type(), s.clientId(), id, json, JSON.writeValueAsString(envelope));
    }

    private static Fields fields(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
        return new Fields().with(k1, v1).with(k2, v2).with(k3, v3);
    }

    /** An ordered JSON object of plain values: enums by name, ids as strings. */
    private static final class Fields {
        private final Map<String, Object> map = new LinkedHashMap<>();
        private Instant at;

        Fields at(Instant when) {
            this.at = when;
            return this;
        }

        Fields with(String key, Object value) {
            map.put(key, value instanceof Enum<?> e ? e.name() : value instanceof UUID u ? u.toString() : value);
            return this;
        }
    }
}
