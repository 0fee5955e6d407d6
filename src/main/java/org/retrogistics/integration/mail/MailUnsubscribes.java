package org.retrogistics.integration.mail;

import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.springframework.stereotype.Component;

/**
 * A shopper's unsubscribe link at work: the link names a client and one e-mail it sent, signed ({@link MailLinks}); the
 * address that e-mail went to gets no further status e-mails from that client, and its pending ones are not sent.
 * The address itself never travels in the link. No login: the signature is the proof.
 */
@Component
public class MailUnsubscribes {

    private final MailLinks links;
    private final MailStore store;
    private final CatalogManagement catalog;

    MailUnsubscribes(MailLinks links, MailStore store, CatalogManagement catalog) {
        this.links = links;
        this.store = store;
        this.catalog = catalog;
    }

    /** The client of a valid link (signed by us, naming an e-mail that client sent); empty for any other. */
    public Optional<ClientFacts> check(String clientCode, String mailId, String signature) {
        UUID id;
        try {
            id = UUID.fromString(mailId == null ? "" : mailId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!links.validUnsubscribe(clientCode, id, signature)) {
            return Optional.empty();
        }
        Optional<ClientFacts> client = catalog.findClientByCode(clientCode);
        return client.filter(c ->
                store.recipientOf(id).filter(r -> r.clientId().equals(c.id())).isPresent());
    }

    /** Unsubscribes the address of a valid link (a second time changes nothing); answers its client, empty if invalid. */
    public Optional<ClientFacts> unsubscribe(String clientCode, String mailId, String signature) {
        Optional<ClientFacts> client = check(clientCode, mailId, signature);
        client.ifPresent(c -> {
            UUID id = UUID.fromString(mailId);
            store.recipientOf(id).ifPresent(r -> store.unsubscribe(r, id));
        });
        return client;
    }
}
