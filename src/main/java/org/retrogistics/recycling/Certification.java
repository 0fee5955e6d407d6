package org.retrogistics.recycling;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One certificate a recycler holds: its scheme, number and the days it is valid (both ends included). */
@Embeddable
public class Certification {

    @Enumerated(EnumType.STRING)
    private CertificationScheme scheme;

    private String number;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Certification() {}

    public Certification(CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil) {
        this.scheme = scheme;
        this.number = number;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** True when the certificate covers that day. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }

    public CertificationScheme getScheme() {
        return scheme;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    @Override
    public String toString() {
        return scheme.label() + " " + number + " (" + validFrom + " to " + validUntil + ")";
    }
}
