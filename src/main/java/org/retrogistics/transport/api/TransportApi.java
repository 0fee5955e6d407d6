package org.retrogistics.transport.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.IfMatch;
import org.retrogistics.transport.CarrierSignature;
import org.retrogistics.transport.LabellingReturns;
import org.retrogistics.transport.ReceivingCarrierEvents;
import org.retrogistics.transport.Shipment;
import org.retrogistics.transport.ShipmentManagement;
import org.retrogistics.transport.ShipmentManagement.CarrierEvent;
import org.retrogistics.transport.ShipmentManagement.EventOutcome;
import org.retrogistics.transport.ShipmentManagement.TimelineEntry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Return labels, shipments with their tracking timeline, and the signed endpoint carriers send events to. */
@RestController
class TransportApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ShipmentManagement shipments;
    private final LabellingReturns labelling;
    private final ReceivingCarrierEvents carrierEvents;

    TransportApi(ShipmentManagement shipments, LabellingReturns labelling, ReceivingCarrierEvents carrierEvents) {
        this.shipments = shipments;
        this.labelling = labelling;
        this.carrierEvents = carrierEvents;
    }

    record LabelRequest(Shipment.Service service) {}

    record ShipmentView(
            UUID id,
            String rmaNumber,
            String carrier,
            Shipment.Service service,
            String trackingNumber,
            String status,
            List<String> unNumbers,
            boolean damagedBattery,
            Instant lastEventAt,
            Instant createdAt,
            List<TimelineEntry> events) {}

    private ShipmentView view(Actor actor, Shipment s) {
        return new ShipmentView(
                s.getId(),
                s.getRmaNumber(),
                s.getCarrier(),
                s.getService(),
                s.getTrackingNumber(),
                s.getStatus().name(),
                s.getUnNumbers().isBlank()
                        ? List.of()
                        : List.of(s.getUnNumbers().split(",")),
                s.isDamagedBattery(),
                s.getLastEventAt(),
                s.getCreatedAt(),
                shipments.timeline(actor.clientId(), s.getTrackingNumber()));
    }

    /** The return's label (the same one when asked again); {@code service} AIR is refused with a damaged battery. */
    @PostMapping("/api/returns/{id}/label")
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ShipmentView> label(
            @AuthenticationPrincipal Actor actor,
            @PathVariable UUID id,
            @RequestBody(required = false) LabelRequest body) {
        Shipment s = labelling.label(actor, id, body == null ? null : body.service());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(IfMatch.etag(s.getVersion()))
                .body(view(actor, s));
    }

    @GetMapping("/api/shipments/{trackingNumber}")
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ShipmentView shipment(@AuthenticationPrincipal Actor actor, @PathVariable String trackingNumber) {
        return view(actor, shipments.get(actor.clientId(), trackingNumber));
    }

    /** The 4×6 inch label: tracking barcode, QR code for box-free drop-off, UN numbers and handling marks. */
    @GetMapping(value = "/api/shipments/{trackingNumber}/label.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasAnyRole('CUSTOMER','AGENT','WAREHOUSE','MANAGER','ADMIN')")
    ResponseEntity<byte[]> labelPdf(@AuthenticationPrincipal Actor actor, @PathVariable String trackingNumber) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"label-" + trackingNumber + ".pdf\"")
                .body(shipments.labelPdf(actor.clientId(), trackingNumber));
    }

    /**
     * A carrier's tracking event, signed: {@code Carrier-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
     * "t.body">}, or per Standard Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature}).
     * No token: the signature is the credential. The answer says what became of the event: 200 when it
     * was applied, refused or seen before, 202 when it names no shipment, client or order of ours (it is kept once for
     * an operator, so the carrier need not retry: a 4xx would make some carriers retry for days, a 5xx would lose it).
     */
    @PostMapping(value = "/api/carrier-events/{carrier}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "applied, not applied, refused, or a duplicate")
    @ApiResponse(responseCode = "202", description = "recorded, but it matches no shipment, client or order")
    @SecurityRequirements // no token: the Carrier-Signature header is the credential
    ResponseEntity<EventOutcome> carrierEvent(
            @PathVariable String carrier,
            @RequestHeader(name = "Carrier-Signature", required = false) String carrierSignature,
            @RequestHeader(name = "webhook-id", required = false) String webhookId,
            @RequestHeader(name = "webhook-timestamp", required = false) String webhookTimestamp,
            @RequestHeader(name = "webhook-signature", required = false) String webhookSignature,
            @RequestBody String body) {
        CarrierSignature.Headers signature =
                new CarrierSignature.Headers(carrierSignature, webhookId, webhookTimestamp, webhookSignature);
        CarrierEvent event;
        try {
            event = JSON.readValue(body, CarrierEvent.class);
        } catch (JacksonException e) {
            // verify first: an unsigned stranger learns nothing about what we accept
            carrierEvents.checkSignature(carrier, signature, body);
            throw new ShipmentManagement.BadCarrierEvent(
                    "the body is not a carrier event: a JSON object with eventId, type and occurredAt (ISO 8601)");
        }
        EventOutcome outcome = carrierEvents.receive(carrier, signature, body, event);
        return ResponseEntity.status(outcome.unmatched() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(outcome);
    }
}
