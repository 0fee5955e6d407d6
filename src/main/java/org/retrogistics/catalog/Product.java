package org.retrogistics.catalog;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.UUID;
import org.retrogistics.shared.Gtin;
import org.retrogistics.shared.Money;

/** A catalogue entry of one client. The GTIN is kept as verified 14-digit text. */
@Entity
@Table(schema = "catalog")
public class Product {

    @Id
    private UUID id;

    private UUID clientId;
    private String sku;

    private String gtin;

    private String name;
    private String brand;
    private String category;
    private String family;
    private int weightGrams;
    private BigDecimal unitValue;

    private String currency;

    private boolean returnable;
    private int warrantyMonths;
    private boolean serialized;
    private boolean dataBearing;

    @Embedded
    private BatteryFacts battery;

    private String unuKey;

    /** The model this product is a variant of (size, colour); null when it has no variants. */
    private String model;

    @Version
    private Long version;

    protected Product() {}

    Product(UUID clientId, ProductDraft draft) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.sku = draft.sku().strip();
        this.gtin = draft.gtin() == null || draft.gtin().isBlank()
                ? null
                : Gtin.of(draft.gtin()).value();
        this.name = draft.name().strip();
        this.brand = draft.brand();
        this.category = draft.category().strip().toLowerCase();
        this.family =
                draft.family() == null ? this.category : draft.family().strip().toLowerCase();
        this.weightGrams = draft.weightGrams();
        this.unitValue = draft.unitValue();
        this.currency = draft.currency();
        this.returnable = draft.returnable() == null || draft.returnable();
        this.warrantyMonths = draft.warrantyMonths() == null ? 0 : draft.warrantyMonths();
        this.serialized = Boolean.TRUE.equals(draft.serialized());
        this.dataBearing = Boolean.TRUE.equals(draft.dataBearing());
        this.battery = draft.battery() == null
                ? null
                : new BatteryFacts(
                        draft.battery().chemistry(),
                        draft.battery().wattHours(),
                        draft.battery().packing());
        this.unuKey = draft.unuKey();
        this.model = draft.model() == null || draft.model().isBlank()
                ? null
                : draft.model().strip();
    }

    public ProductFacts facts() {
        return new ProductFacts(
                id,
                clientId,
                sku,
                gtin,
                name,
                brand,
                category,
                family,
                weightGrams,
                new Money(unitValue, java.util.Currency.getInstance(currency)),
                returnable,
                warrantyMonths,
                serialized,
                dataBearing,
                battery != null && battery.present() ? battery : null,
                unuKey,
                version == null ? 0 : version,
                model);
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getSku() {
        return sku;
    }

    /**
     * The optimistic-lock version. Spring Data reads it to tell a new entity from a stored one on save; without a
     * getter it reaches it only after a caught exception per entity, which the request-path profile showed.
     */
    public Long getVersion() {
        return version;
    }
}
