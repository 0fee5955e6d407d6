package org.retrogistics.catalog;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.retrogistics.catalog.internal.ClientRepository;
import org.retrogistics.catalog.internal.ProductRepository;
import org.retrogistics.catalog.internal.SiteRepository;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.DomainException;
import org.retrogistics.shared.NotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clients, products and sites. Every lookup is scoped to the acting client. */
@Service
@Transactional(readOnly = true)
public class CatalogManagement {

    private final ClientRepository clients;
    private final ProductRepository products;
    private final SiteRepository sites;

    CatalogManagement(ClientRepository clients, ProductRepository products, SiteRepository sites) {
        this.clients = clients;
        this.products = products;
        this.sites = sites;
    }

    @Transactional
    public ClientFacts registerClient(String code, String name, String currency) {
        if (clients.findByCode(code).isPresent()) {
            throw new DuplicateClient(code);
        }
        return ClientFacts.of(clients.save(new Client(code, name, currency)));
    }

    public Optional<ClientFacts> findClient(ClientId id) {
        return clients.findById(id.value()).map(ClientFacts::of);
    }

    public Optional<ClientFacts> findClientByCode(String code) {
        return clients.findByCode(code).map(ClientFacts::of);
    }

    public List<ClientFacts> allClients() {
        return clients.findAll().stream().map(ClientFacts::of).toList();
    }

    @Transactional
    public ProductFacts addProduct(ClientId client, ProductDraft draft) {
        if (products.existsByClientIdAndSku(client.value(), draft.sku().strip())) {
            throw new DuplicateSku(draft.sku());
        }
        return products.save(new Product(client.value(), draft)).facts();
    }

    /**
     * Adds many products at once, all or nothing: a duplicate or invalid row stops the whole load so that a client
     * never has to work out which half of a file landed.
     */
    @Transactional
    public List<ProductFacts> addProducts(ClientId client, List<ProductDraft> drafts) {
        Set<String> seen = new HashSet<>();
        for (ProductDraft draft : drafts) {
            if (!seen.add(draft.sku().strip())) {
                throw new DuplicateSku(draft.sku());
            }
        }
        List<Product> existing = products.findByClientIdAndSkuIn(client.value(), seen);
        if (!existing.isEmpty()) {
            throw new DuplicateSku(existing.get(0).getSku());
        }
        List<Product> created =
                drafts.stream().map(d -> new Product(client.value(), d)).toList();
        return products.saveAll(created).stream().map(Product::facts).toList();
    }

    public ProductFacts product(ClientId client, UUID productId) {
        return products.findByIdAndClientId(productId, client.value())
                .map(Product::facts)
                .orElseThrow(() -> new NotFound("product", productId));
    }

    public Optional<ProductFacts> productBySku(ClientId client, String sku) {
        return products.findByClientIdAndSku(client.value(), sku).map(Product::facts);
    }

    /** The client's product with this GTIN, as written or padded with zeros to the GTIN-14 the catalogue stores. */
    public Optional<ProductFacts> productByGtin(ClientId client, String gtin) {
        String padded = gtin.length() >= 14 ? gtin.substring(0, 14) : "0".repeat(14 - gtin.length()) + gtin;
        return products.findFirstByClientIdAndGtinIn(client.value(), List.of(gtin, padded))
                .map(Product::facts);
    }

    public Map<String, ProductFacts> productsBySku(ClientId client, Collection<String> skus) {
        return products.findByClientIdAndSkuIn(client.value(), skus).stream()
                .map(Product::facts)
                .collect(Collectors.toMap(ProductFacts::sku, Function.identity()));
    }

    public Map<UUID, ProductFacts> productsById(ClientId client, Collection<UUID> ids) {
        return products.findAllById(ids).stream()
                .filter(p -> p.getClientId().equals(client.value()))
                .map(Product::facts)
                .collect(Collectors.toMap(ProductFacts::id, Function.identity()));
    }

    public Page<ProductFacts> searchProducts(ClientId client, String category, String text, Pageable pageable) {
        String cat = category == null || category.isBlank() ? null : category.toLowerCase();
        String q = text == null || text.isBlank() ? null : text;
        return products.search(client.value(), cat, q, pageable).map(Product::facts);
    }

    @Transactional
    public SiteFacts addSite(ClientId client, SiteDraft draft) {
        if (sites.existsByClientIdAndCode(client.value(), draft.code())) {
            throw new DuplicateSite(draft.code());
        }
        return SiteFacts.of(sites.save(new Site(client.value(), draft)));
    }

    public List<SiteFacts> sites(ClientId client) {
        return sites.findByClientIdOrderByCode(client.value()).stream()
                .map(SiteFacts::of)
                .toList();
    }

    /** A client code that is already taken. */
    public static class DuplicateClient extends DomainException {
        DuplicateClient(String code) {
            super(Kind.CONFLICT, "duplicate-client", "A client with code " + code + " already exists");
        }
    }

    /** A site code that the client already uses. */
    public static class DuplicateSite extends DomainException {
        DuplicateSite(String code) {
            super(Kind.CONFLICT, "duplicate-site", "The client already has a site with code " + code);
        }
    }

    /** The product families the client's catalogue uses (what technicians are qualified for). */
    public List<String> families(ClientId client) {
        return products.families(client.value());
    }
}
