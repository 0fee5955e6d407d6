package org.retrogistics.transport.internal;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.transport.Shipment;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ShipmentRepository extends JpaRepository<Shipment, UUID> {

    Optional<Shipment> findByReturnIdAndClientId(UUID returnId, UUID clientId);

    Optional<Shipment> findByTrackingNumberAndClientId(String trackingNumber, UUID clientId);

    /** Carrier events know only the tracking number; the row is locked so two events of one parcel apply in turn. */
    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shipment s where s.trackingNumber = :trackingNumber")
    Optional<Shipment> lockByTrackingNumber(String trackingNumber);

    @Query(value = "select nextval('tracking_number_seq')", nativeQuery = true)
    long nextTrackingNumber();
}
