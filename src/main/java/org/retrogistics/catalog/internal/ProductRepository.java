package org.retrogistics.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.Product;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProductRepository extends JpaRepository<Product, UUID> {

    Optional<Product> findByIdAndClientId(UUID id, UUID clientId);

    Optional<Product> findByClientIdAndSku(UUID clientId, String sku);

    Optional<Product> findFirstByClientIdAndGtinIn(UUID clientId, Collection<String> gtins);

    List<Product> findByClientIdAndSkuIn(UUID clientId, Collection<String> skus);

    boolean existsByClientIdAndSku(UUID clientId, String sku);

    @Query(
            """
            select p from Product p where p.clientId = :clientId
              and (:category is null or p.category = :category)
              and (:q is null or lower(p.name) like lower(concat('%', cast(:q as string), '%'))
                   or lower(p.sku) like lower(concat('%', cast(:q as string), '%')))
            """)
    Page<Product> search(UUID clientId, String category, String q, Pageable pageable);

    @Query("select distinct p.family from Product p where p.clientId = :clientId and p.family is not null order by 1")
    List<String> families(UUID clientId);
}
