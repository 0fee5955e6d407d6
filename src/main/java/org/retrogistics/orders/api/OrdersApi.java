package org.retrogistics.orders.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.orders.Order;
import org.retrogistics.orders.OrderDraft;
import org.retrogistics.orders.OrderLine;
import org.retrogistics.orders.OrderManagement;
import org.retrogistics.shared.PageOf;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Orders that returns are checked against: create one, load many, find them. */
@RestController
@RequestMapping("/api/orders")
class OrdersApi {

    private static final String READERS = "hasAnyRole('AGENT','WAREHOUSE','MANAGER','ADMIN')";
    private static final String WRITERS = "hasAnyRole('AGENT','MANAGER','ADMIN')";

    private final OrderManagement orders;

    OrdersApi(OrderManagement orders) {
        this.orders = orders;
    }

    record LineView(
            UUID id,
            int lineNo,
            UUID productId,
            String sku,
            int quantity,
            int returnedQuantity,
            BigDecimal unitPrice,
            boolean finalSale,
            String lot,
            String serial) {
        static LineView of(OrderLine l) {
            return new LineView(
                    l.getId(),
                    l.getLineNo(),
                    l.getProductId(),
                    l.getSku(),
                    l.getQuantity(),
                    l.getReturnedQuantity(),
                    l.getUnitPrice(),
                    l.isFinalSale(),
                    l.getLot(),
                    l.getSerial());
        }
    }

    record OrderView(
            UUID id,
            String orderNumber,
            String customerEmail,
            String customerName,
            Instant orderedAt,
            Instant deliveredAt,
            String currency,
            long version,
            List<LineView> lines) {
        static OrderView of(Order o) {
            return new OrderView(
                    o.getId(),
                    o.getOrderNumber(),
                    o.getCustomerEmail(),
                    o.getCustomerName(),
                    o.getOrderedAt(),
                    o.getDeliveredAt(),
                    o.getCurrency(),
                    o.getVersion(),
                    o.getLines().stream().map(LineView::of).toList());
        }
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OrderView> place(@AuthenticationPrincipal Actor actor, @Valid @RequestBody OrderDraft draft) {
        Order o = orders.place(actor.clientId(), draft);
        return ResponseEntity.created(URI.create("/api/orders/" + o.getId())).body(OrderView.of(o));
    }

    record OrderBatch(@NotEmpty @Size(max = 2000) List<@Valid OrderDraft> orders) {}

    record BatchResult(int created) {}

    @PostMapping("/bulk")
    @PreAuthorize(WRITERS)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BatchResult> placeAll(@AuthenticationPrincipal Actor actor, @Valid @RequestBody OrderBatch batch) {
        return ResponseEntity.status(201)
                .body(new BatchResult(
                        orders.placeAll(actor.clientId(), batch.orders()).size()));
    }

    @GetMapping
    @PreAuthorize(READERS)
    PageOf<OrderView> search(
            @AuthenticationPrincipal Actor actor,
            @RequestParam(required = false) @Size(max = 254) String email,
            @RequestParam(required = false) @Size(max = 64) String number,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<Order> result = orders.search(
                actor.clientId(), email, number, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "orderedAt")));
        return PageOf.of(
                result.getContent().stream().map(OrderView::of).toList(), page, size, result.getTotalElements());
    }

    @GetMapping("/{id}")
    @PreAuthorize(READERS)
    OrderView get(@AuthenticationPrincipal Actor actor, @PathVariable UUID id) {
        return OrderView.of(orders.order(actor.clientId(), id));
    }
}
