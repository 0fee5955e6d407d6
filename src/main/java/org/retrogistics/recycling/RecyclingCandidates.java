package org.retrogistics.recycling;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.custody.CustodyLedger;
import org.retrogistics.custody.UnitSnapshot;
import org.retrogistics.recycling.RecyclingBatch.UnitAlreadyBatched;
import org.retrogistics.recycling.RecyclingManagement.AlreadyDisposed;
import org.retrogistics.recycling.RecyclingManagement.InvalidBatch;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What batches and disposals ask of a unit before taking it: which unit is meant, whether it is free (in no other
 * batch, not disposed of), what it weighs, and whether it can hold data and was sanitised.
 */
@Component
class RecyclingCandidates {

    private final CustodyLedger custody;
    private final CatalogManagement catalog;
    private final UnitDataFacts dataFacts;
    private final WeightEstimation weights;
    private final JdbcClient jdbc;

    RecyclingCandidates(
            CustodyLedger custody,
            CatalogManagement catalog,
            UnitDataFacts dataFacts,
            WeightEstimation weights,
            JdbcClient jdbc) {
        this.custody = custody;
        this.catalog = catalog;
        this.dataFacts = dataFacts;
        this.weights = weights;
        this.jdbc = jdbc;
    }

    /** The unit named by its id, or by licence plate or serial. */
    UnitSnapshot find(ClientId client, UUID unitId, String identity) {
        if (unitId != null) {
            return custody.unit(client, unitId);
        }
        if (identity == null || identity.isBlank()) {
            throw new InvalidBatch("name the unit: its id, licence plate or serial");
        }
        List<UnitSnapshot> found = custody.find(client, identity.strip());
        if (found.isEmpty()) {
            throw new NotFound("unit", identity.strip());
        }
        if (found.size() > 1) {
            throw new InvalidBatch(
                    "serial " + identity.strip() + " names " + found.size() + " units: use the licence plate");
        }
        return found.get(0);
    }

    /** Refuses a unit in a batch (other than {@code ownBatch}, the one it is joining) or disposed of already. */
    void refuseTaken(UnitSnapshot unit, String ownBatch) {
        activeBatchOf(unit.id()).filter(number -> !number.equals(ownBatch)).ifPresent(number -> {
            throw new UnitAlreadyBatched(unit.licencePlate(), number);
        });
        if (disposed(unit.id())) {
            throw new AlreadyDisposed(unit.licencePlate());
        }
    }

    ProductFacts product(ClientId client, UnitSnapshot unit) {
        return catalog.product(client, unit.productId());
    }

    /** Weighed on the scale, or estimated from the product. */
    UnitWeight weight(Long scaleGrams, ProductFacts product, UnitSnapshot unit) {
        return weights.require(scaleGrams, product, unit.licencePlate());
    }

    /** Whether a unit can hold data: its latest inspection says so, or, uninspected, its product does. */
    boolean dataBearing(ClientId client, UnitSnapshot unit, ProductFacts product) {
        return dataFacts.dataBearing(client, unit.id()).orElse(product.dataBearing());
    }

    /**
     * The certificate id of the unit's latest passed sanitisation record; a harvested part also counts its parent's
     * (storage purged or destroyed at teardown).
     */
    Optional<String> sanitisationCertificate(ClientId client, UnitSnapshot unit) {
        Optional<String> own = passedSanitisation(client, unit.id());
        if (own.isPresent() || unit.parentUnitId() == null) {
            return own;
        }
        return passedSanitisation(client, unit.parentUnitId());
    }

    private Optional<String> passedSanitisation(ClientId client, UUID unitId) {
        return dataFacts.sanitisationCertificate(client, unitId);
    }

    private Optional<String> activeBatchOf(UUID unitId) {
        return jdbc.sql(
                        """
                        select b.number from recycling_batch_unit u join recycling_batch b on b.id = u.batch_id
                        where u.unit_id = :unit and u.active
                        """)
                .param("unit", unitId)
                .query(String.class)
                .optional();
    }

    private boolean disposed(UUID unitId) {
        return jdbc.sql("select count(*) from disposal where unit_id = :unit")
                        .param("unit", unitId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
