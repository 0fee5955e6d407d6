package org.retrogistics.receiving.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.receiving.BlindReceipt;
import org.retrogistics.receiving.Receipt;
import org.retrogistics.receiving.ReceiptOutcome;
import org.retrogistics.receiving.ReceivingManagement;
import org.retrogistics.receiving.Scan;
import org.retrogistics.receiving.ScanResult;
import org.retrogistics.receiving.ScanningAtDock;
import org.retrogistics.receiving.TakingBlindReceipts;
import org.retrogistics.returns.ReturnReason;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The dock: scans of announced units and blind receipts. */
@RestController
@RequestMapping("/api/receiving")
@PreAuthorize("hasAnyRole('WAREHOUSE','MANAGER','ADMIN')")
class ReceivingApi {

    private final ReceivingManagement receiving;
    private final ScanningAtDock scanning;
    private final TakingBlindReceipts blindReceipts;

    ReceivingApi(ReceivingManagement receiving, ScanningAtDock scanning, TakingBlindReceipts blindReceipts) {
        this.receiving = receiving;
        this.scanning = scanning;
        this.blindReceipts = blindReceipts;
    }

    record ScanBody(
            @NotBlank @Size(max = 100) String code,
            ReceiptOutcome outcome,
            @Size(max = 40) String location,
            @Size(max = 30) String container,
            @Size(max = 1000) String note) {}

    record BlindBody(
            @NotBlank @Size(max = 100) String sku,
            @Size(max = 100) String serial,
            @Size(max = 100) String lot,
            ReturnReason reason,
            @Size(max = 100) String rmaNumber,
            @Size(max = 1000) String note) {}

    record ReceiptView(
            UUID id,
            UUID unitId,
            String scanned,
            ReceiptOutcome outcome,
            String rmaNumber,
            String reason,
            String location,
            String container,
            String note,
            String recordedBy,
            Instant recordedAt) {
        static ReceiptView of(Receipt r) {
            return new ReceiptView(
                    r.getId(),
                    r.getUnitId(),
                    r.getScanned(),
                    r.getOutcome(),
                    r.getRmaNumber(),
                    r.getReason(),
                    r.getLocation(),
                    r.getContainer(),
                    r.getNote(),
                    r.getRecordedBy(),
                    r.getRecordedAt());
        }
    }

    /** A scan of a licence plate, serial, RMA number or tracking number: takes in every unit it announces. */
    @PostMapping("/scans")
    @ResponseStatus(HttpStatus.CREATED)
    ScanResult scan(@AuthenticationPrincipal Actor actor, @Valid @RequestBody ScanBody body) {
        return scanning.scan(
                actor, new Scan(body.code(), body.outcome(), body.location(), body.container(), body.note()));
    }

    /** A unit with nothing on file, or an extra item in a return's parcel (give its RMA). */
    @PostMapping("/blind")
    @ResponseStatus(HttpStatus.CREATED)
    ScanResult blind(@AuthenticationPrincipal Actor actor, @Valid @RequestBody BlindBody body) {
        return blindReceipts.blind(
                actor,
                new BlindReceipt(body.sku(), body.serial(), body.lot(), body.reason(), body.rmaNumber(), body.note()));
    }

    @GetMapping("/receipts")
    List<ReceiptView> recent(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(defaultValue = "50")
                    @jakarta.validation.constraints.Min(1)
                    @jakarta.validation.constraints.Max(500)
                    int limit) {
        return receiving.recent(actor, Math.max(1, limit)).stream()
                .map(ReceiptView::of)
                .toList();
    }
}
