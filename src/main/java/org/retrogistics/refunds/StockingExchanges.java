package org.retrogistics.refunds;

import java.util.UUID;
import org.retrogistics.access.Actor;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ProductFacts;
import org.retrogistics.refunds.RefundRefusals.InvalidResolution;
import org.retrogistics.refunds.RefundRefusals.OutOfStock;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock of each product available to send out in exchanges and replacements: set by a manager, taken, put back. */
@Service
public class StockingExchanges {

    private final CatalogManagement catalog;
    private final JdbcClient jdbc;

    StockingExchanges(CatalogManagement catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    /** Sets how many of a product are available to send out in exchanges and replacements. */
    @Transactional
    public int setStock(Actor actor, String sku, int available) {
        if (available < 0 || available > 1_000_000) {
            throw new InvalidResolution("available stock is 0 to 1,000,000, not " + available);
        }
        ProductFacts p = catalog.productBySku(actor.clientId(), sku).orElseThrow(() -> new NotFound("product", sku));
        jdbc.sql(
                        """
                        insert into exchange_stock (client_id, product_id, sku, available, updated_at)
                        values (?, ?, ?, ?, now())
                        on conflict (client_id, product_id) do update set available = excluded.available,
                            updated_at = excluded.updated_at
                        """)
                .params(actor.clientId().value(), p.id(), p.sku(), available)
                .update();
        return available;
    }

    /** Takes the goods an exchange sends out; refused, taking nothing, when fewer are available. */
    void reserve(ClientId client, ProductFacts item, int quantity) {
        int reserved = jdbc.sql(
                        """
                        update exchange_stock set available = available - :q, updated_at = now()
                         where client_id = :client and product_id = :product and available >= :q
                        """)
                .param("q", quantity)
                .param("client", client.value())
                .param("product", item.id())
                .update();
        if (reserved == 0) {
            throw new OutOfStock(item.sku(), quantity, available(client, item.id()));
        }
    }

    /** Puts back the goods of a withdrawn exchange. */
    void putBack(ClientId client, String sku, int quantity) {
        jdbc.sql(
                        """
                        update exchange_stock set available = available + :q, updated_at = now()
                         where client_id = :client and sku = :sku
                        """)
                .param("q", quantity)
                .param("client", client.value())
                .param("sku", sku)
                .update();
    }

    private int available(ClientId client, UUID productId) {
        return jdbc.sql("select available from exchange_stock where client_id = ? and product_id = ?")
                .params(client.value(), productId)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }
}
