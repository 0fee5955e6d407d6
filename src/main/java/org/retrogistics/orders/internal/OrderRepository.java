package org.retrogistics.orders.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.orders.Order;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OrderRepository extends JpaRepository<Order, UUID> {

    // fetch joins written out rather than @EntityGraph: Spring Data looks a named graph up first (a caught exception
    // each call) and the ad-hoc graph costs a fresh query interpretation; the request-path profile showed both
    @Query("select o from Order o left join fetch o.lines where o.id = :id and o.clientId = :clientId")
    Optional<Order> findByIdAndClientId(UUID id, UUID clientId);

    @Query(
            "select o from Order o left join fetch o.lines where o.clientId = :clientId and o.orderNumber = :orderNumber")
    Optional<Order> findByClientIdAndOrderNumber(UUID clientId, String orderNumber);

    boolean existsByClientIdAndOrderNumber(UUID clientId, String orderNumber);

    List<Order> findByClientIdAndOrderNumberIn(UUID clientId, Collection<String> orderNumbers);

    @Query(
            """
            select o from Order o where o.clientId = :clientId
              and (:email is null or lower(o.customerEmail) = lower(cast(:email as string)))
              and (:number is null or o.orderNumber like concat(cast(:number as string), '%'))
            """)
    Page<Order> search(UUID clientId, String email, String number, Pageable pageable);

    /**
     * Reserves quantity for a return. The condition sits in the UPDATE itself: PostgreSQL re-checks it on the locked
     * row, so two concurrent returns can never together exceed what was delivered.
     */
    @Modifying
    @Query(
            value =
                    """
                    update order_line ol set returned_quantity = ol.returned_quantity + :qty
                    from customer_order o
                    where ol.id = :lineId and ol.order_id = o.id and o.client_id = :clientId
                      and ol.returned_quantity + :qty <= ol.quantity
                    """,
            nativeQuery = true)
    int reserveReturn(UUID clientId, UUID lineId, int qty);

    @Modifying
    @Query(
            value =
                    """
                    update order_line ol set returned_quantity = greatest(0, ol.returned_quantity - :qty)
                    from customer_order o
                    where ol.id = :lineId and ol.order_id = o.id and o.client_id = :clientId
                    """,
            nativeQuery = true)
    int releaseReturn(UUID clientId, UUID lineId, int qty);
}
