package org.retrogistics.analytics;

import java.time.Instant;
import org.retrogistics.shared.Money;

/**
 * What the disposition model expected of a unit when an option came into force: the option, its expected net recovery
 * and the decision's revision.
 */
public record Expectation(String option, Money expectedNet, int revision, Instant decidedAt) {}
