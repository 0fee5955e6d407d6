package org.retrogistics.integration.mail;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.retrogistics.catalog.CatalogManagement;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.returns.ReturnDetailSnapshot;
import org.retrogistics.returns.ReturnKind;
import org.retrogistics.returns.ReturnManagement;
import org.retrogistics.shared.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a return's status e-mail to the outbox, rendered for its shopper: in the client's language, with the signed
 * links, unless the return has no e-mail address, the shopper did not ask for it (a parcel back from a failed
 * delivery) or the address unsubscribed from the client's e-mails. The key names the event, so the same event
 * written twice is one e-mail.
 */
@Component
class CustomerMails {

    private static final Logger log = LoggerFactory.getLogger(CustomerMails.class);

    private final MailStore store;
    private final MailTemplates templates;
    private final MailLinks links;
    private final MailSettings settings;
    private final ReturnManagement returns;
    private final CatalogManagement catalog;

    CustomerMails(
            MailStore store,
            MailTemplates templates,
            MailLinks links,
            MailSettings settings,
            ReturnManagement returns,
            CatalogManagement catalog) {
        this.store = store;
        this.templates = templates;
        this.links = links;
        this.settings = settings;
        this.returns = returns;
        this.catalog = catalog;
    }

    /** What the e-mail is about: its kind, the return's client and id, the event's subject and time (its key). */
    record About(MailKind kind, UUID clientId, UUID returnId, Object subject, Instant occurredAt) {
        String key() {
            return kind.name() + ":" + subject + ":" + occurredAt.toEpochMilli();
        }
    }

    /** Writes the e-mail with {@code extra} among the templates' variables; answers whether one was written. */
    boolean write(About about, Map<String, Object> extra) {
        Optional<ClientFacts> client = catalog.findClient(new ClientId(about.clientId()));
        if (client.isEmpty()) {
            return false;
        }
        ReturnDetailSnapshot r = returns.detail(client.get().clientId(), about.returnId());
        String email = r.customerEmail();
        if (email == null || email.isBlank() || r.kind() == ReturnKind.DELIVERY_FAILURE) {
            return false;
        }
        if (store.unsubscribed(about.clientId(), email)) {
            log.debug("no {} e-mail for return {}: the address unsubscribed", about.kind(), r.rmaNumber());
            return false;
        }
        String code = client.get().code();
        Locale locale = language(code);
        UUID id = UUID.randomUUID();
        String unsubscribe = links.unsubscribeUrl(code, id);
        Map<String, Object> model = new HashMap<>(extra);
        if (extra.get("amount") instanceof Amount a) {
            model.put("amount", money(a.value(), a.currency(), locale));
        }
        model.put("customerName", r.customerName() == null || r.customerName().isBlank() ? null : r.customerName());
        model.put("rmaNumber", r.rmaNumber());
        model.put("statusUrl", links.statusUrl(code, r.rmaNumber()));
        model.put("unsubscribeUrl", unsubscribe);
        Rendered content = templates.render(about.kind(), code, client.get().name(), locale, model);
        return store.enqueue(new MailStore.NewMail(
                id,
                about.clientId(),
                about.key(),
                about.kind(),
                email.strip(),
                locale.toLanguageTag(),
                content,
                unsubscribe));
    }

    /**
     * The client's language (the return and the shopper carry none yet: when they do, theirs comes first), else the
     * installation's default.
     */
    Locale language(String clientCode) {
        String own = settings.client(clientCode).language();
        return Locale.forLanguageTag(own == null || own.isBlank() ? settings.defaultLanguage() : own);
    }

    /** An amount of money among the variables: written in the shopper's language. */
    record Amount(BigDecimal value, String currency) {}

    /** An amount as the shopper's language writes it, with its currency. */
    static String money(BigDecimal amount, String currency, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance(currency));
        return f.format(amount);
    }
}
