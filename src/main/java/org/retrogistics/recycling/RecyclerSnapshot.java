package org.retrogistics.recycling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recycler as other modules and the pages read it: which one, its name, and its certifications. */
public record RecyclerSnapshot(UUID id, String code, String name, List<Cert> certifications) {

    /** One certification: the scheme, its number and when it is valid. */
    public record Cert(CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil) {

        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validUntil);
        }
    }

    static RecyclerSnapshot of(Recycler r) {
        return new RecyclerSnapshot(
                r.getId(),
                r.getCode(),
                r.getName(),
                r.getCertifications().stream()
                        .map(c -> new Cert(c.getScheme(), c.getNumber(), c.getValidFrom(), c.getValidUntil()))
                        .toList());
    }

    /** The certifications valid on that day. */
    public List<Cert> validOn(LocalDate day) {
        return certifications.stream().filter(c -> c.validOn(day)).toList();
    }
}
