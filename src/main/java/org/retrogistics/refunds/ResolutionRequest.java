package org.retrogistics.refunds;

import java.math.BigDecimal;
import org.retrogistics.returns.Resolution;

/**
 * An agent's resolution of some units of a return line.
 *
 * @param quantity units resolved (all of the line when null)
 * @param amount for a refund or store credit, less than the policy allows (a partial refund); null: what it allows
 * @param sku for an exchange, the item sent out instead (another variant or another item)
 */
public record ResolutionRequest(
        int lineNo, Resolution kind, Integer quantity, BigDecimal amount, String sku, String note) {}
