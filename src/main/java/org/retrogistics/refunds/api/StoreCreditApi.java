package org.retrogistics.refunds.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.refunds.StoreCreditLedger;
import org.retrogistics.shared.CurrencyCode;
import org.retrogistics.shared.Money;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A customer's store credit: balances and ledger, and spending it. */
@RestController
class StoreCreditApi {

    private final StoreCreditLedger storeCredit;
    private final CatalogManagement catalog;

    StoreCreditApi(StoreCreditLedger storeCredit, CatalogManagement catalog) {
        this.storeCredit = storeCredit;
        this.catalog = catalog;
    }

    record Debit(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @CurrencyCode String currency,
            @Size(max = 200) String reference) {}

    @GetMapping("/api/store-credit/{email}")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    StoreCreditLedger.Account storeCredit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable @Size(max = 254) String email,
            @RequestParam(required = false)
                    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
                    String currency) {
        return storeCredit.account(actor.clientId(), email, currency == null ? currency(actor) : currency);
    }

    @PostMapping("/api/store-credit/{email}/debits")
    @PreAuthorize("hasAnyRole('AGENT','MANAGER','ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<StoreCreditLedger.Account> debit(
            @AuthenticationPrincipal Actor actor,
            @PathVariable @Size(max = 254) String email,
            @Valid @RequestBody Debit body) {
        String currency = body.currency() == null ? currency(actor) : body.currency();
        StoreCreditLedger.Account account = storeCredit.debit(
                actor.clientId(), email, Money.of(body.amount(), currency), body.reference(), actor.name());
        return ResponseEntity.status(HttpStatus.CREATED).body(account);
    }

    private String currency(Actor actor) {
        return catalog.findClient(actor.clientId()).map(c -> c.currency()).orElse("USD");
    }
}
