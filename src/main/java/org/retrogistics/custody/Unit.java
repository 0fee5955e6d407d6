package org.retrogistics.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One physical item in the reverse flow. Its identity is its serial where known and always a licence plate we issue;
 * its state and place follow from the last ledger entry and are kept here only to find units fast.
 */
@Entity
@Table(schema = "custody")
public class Unit {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID productId;
    private String sku;
    private String serial;
    private String lot;
    private String licencePlate;
    private String sourceRef;

    @Enumerated(EnumType.STRING)
    private UnitState state;

    private String location;
    private String holder;
    private UUID containerId;
    private UUID parentUnitId;
    private Instant createdAt;

    /** The sequence number of the unit's last ledger entry: the next entry takes the next one, without a query. */
    private int lastSeq;

    @Version
    private Long version;

    protected Unit() {}

    Unit(ExpectedUnit expected, String licencePlate, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = expected.clientId().value();
        this.productId = expected.productId();
        this.sku = expected.sku();
        this.serial = expected.serial();
        this.lot = expected.lot();
        this.licencePlate = licencePlate;
        this.sourceRef = expected.sourceRef();
        this.state = UnitState.EXPECTED;
        this.location = expected.location();
        this.holder = expected.holder();
        this.createdAt = now;
        // its ledger opens with the EXPECTED entry, number 1
        this.lastSeq = 1;
    }

    /** Applies a ledger entry to where the unit is and who holds it; answers the entry's sequence number. */
    int apply(CustodyEventType type, String location, String holder) {
        switch (type) {
            case IN_TRANSIT -> state = UnitState.IN_TRANSIT;
            case RECEIVED, MOVED, HANDED_OVER -> state = UnitState.IN_CUSTODY;
            case NO_LONGER_EXPECTED -> state = UnitState.NOT_COMING;
            case RELEASED -> state = UnitState.RELEASED;
            case EXPECTED, NOTE -> {}
        }
        if (location != null) {
            this.location = location;
        }
        if (holder != null) {
            this.holder = holder;
        }
        return ++lastSeq;
    }

    /** Puts the unit into a container (null: takes it out). */
    void placeIn(UUID containerId) {
        this.containerId = containerId;
    }

    /** Work made it another product (a refurbished SKU): it is found and sold as that from now on. */
    void reclassify(UUID productId, String sku) {
        this.productId = productId;
        this.sku = sku;
    }

    /** A harvested part remembers the unit it came from. */
    void harvestedFrom(UUID parentUnitId) {
        this.parentUnitId = parentUnitId;
    }

    public UUID getContainerId() {
        return containerId;
    }

    public UUID getParentUnitId() {
        return parentUnitId;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getProductId() {
        return productId;
    }

    public String getSku() {
        return sku;
    }

    public String getSerial() {
        return serial;
    }

    public String getLot() {
        return lot;
    }

    public String getLicencePlate() {
        return licencePlate;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public UnitState getState() {
        return state;
    }

    public String getLocation() {
        return location;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /**
     * The optimistic-lock version. Spring Data reads it to tell a new entity from a stored one on save; without a
     * getter it reaches it only after a caught exception per entity, which the request-path profile showed.
     */
    public Long getVersion() {
        return version;
    }
}
