package org.retrogistics.receiving;

import java.util.List;
import org.retrogistics.access.Actor;
import org.retrogistics.receiving.internal.ReceiptRepository;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dock recorded: the receipts, newest first. Units are taken in by {@link ScanningAtDock} (announced units)
 * and {@link TakingBlindReceipts} (units nobody announced).
 */
@Service
@Transactional(readOnly = true)
public class ReceivingManagement {

    private final ReceiptRepository receipts;

    ReceivingManagement(ReceiptRepository receipts) {
        this.receipts = receipts;
    }

    public List<Receipt> recent(Actor actor, int limit) {
        return receipts.findByClientIdOrderByRecordedAtDesc(actor.clientId().value(), PageRequest.of(0, limit));
    }
}
