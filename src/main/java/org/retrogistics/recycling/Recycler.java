package org.retrogistics.recycling;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.shared.DomainException;

/** A recycler: a site of the client (kind RECYCLER) with the certifications it holds and when they are valid. */
@Entity
@Table(schema = "recycling")
public class Recycler {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID siteId;
    private String code;
    private String name;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(
            schema = "recycling",
            name = "recycler_certification",
            joinColumns = @JoinColumn(name = "recycler_id"))
    @OrderColumn(name = "seq")
    private List<Certification> certifications = new ArrayList<>();

    @Version
    private Long version;

    protected Recycler() {}

    public Recycler(UUID clientId, UUID siteId, String code, String name, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.siteId = siteId;
        this.code = code;
        this.name = name;
        this.createdAt = now;
    }

    /** Records a certificate; its validity must end on or after its start. */
    public Certification certify(CertificationScheme scheme, String number, LocalDate validFrom, LocalDate validUntil) {
        if (scheme == null || number == null || number.isBlank() || validFrom == null || validUntil == null) {
            throw new InvalidCertification("a certification needs a scheme, a number, valid-from and valid-until");
        }
        if (validUntil.isBefore(validFrom)) {
            throw new InvalidCertification("certificate " + number.strip() + " would end (" + validUntil
                    + ") before it starts (" + validFrom + ")");
        }
        Certification c = new Certification(scheme, number.strip(), validFrom, validUntil);
        certifications.add(c);
        return c;
    }

    /** The certificates valid on that day. */
    public List<Certification> validOn(LocalDate day) {
        return certifications.stream().filter(c -> c.validOn(day)).toList();
    }

    /** The certificate that ended last, if any. */
    public Optional<Certification> lastEnded(LocalDate day) {
        return certifications.stream()
                .filter(c -> c.getValidUntil().isBefore(day))
                .max(java.util.Comparator.comparing(Certification::getValidUntil));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getSiteId() {
        return siteId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Certification> getCertifications() {
        return List.copyOf(certifications);
    }

    public Long getVersion() {
        return version;
    }

    /** A certification that cannot be right. */
    public static class InvalidCertification extends DomainException {
        InvalidCertification(String message) {
            super(Kind.INVALID, "invalid-certification", message);
        }
    }
}
