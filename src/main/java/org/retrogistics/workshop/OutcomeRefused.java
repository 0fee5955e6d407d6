package org.retrogistics.workshop;

import org.retrogistics.shared.DomainException;

/** An outcome that the unit's disposition or its unfinished work does not allow. */
public class OutcomeRefused extends DomainException {

    private OutcomeRefused(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }

    static OutcomeRefused notDecided(String plate, UnitOutcome outcome, String option) {
        return new OutcomeRefused(
                "outcome-not-decided",
                "unit " + plate + " is decided for " + option + ", not " + outcome.option()
                        + ": a manager overrides the disposition first if " + outcome + " is right");
    }

    static OutcomeRefused workOpen(String plate, String missing) {
        return new OutcomeRefused(
                "outcome-work-unfinished", "unit " + plate + " still needs its work finished first: " + missing);
    }

    static OutcomeRefused alreadyRecorded(String plate, String outcome) {
        return new OutcomeRefused("outcome-already-recorded", "unit " + plate + " was already " + outcome);
    }
}
