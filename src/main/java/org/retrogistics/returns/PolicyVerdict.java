package org.retrogistics.returns;

import org.retrogistics.shared.Money;

/**
 * The policy's answer for one line: the outcome, a stable code, a sentence a person can read, and the restocking fee
 * that would apply (zero when none).
 */
public record PolicyVerdict(PolicyOutcome outcome, String code, String reason, Money restockingFee) {}
