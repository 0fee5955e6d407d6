package org.retrogistics.integration.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Renders an e-mail from its Thymeleaf templates ({@code <kind>.txt} and {@code <kind>.html}, the HTML ones sharing
 * {@code layout.html}) and the subject from the message bundle ({@code subject.<kind>} in {@code messages*.properties}),
 * in the recipient's language. A client overrides any of them in its own folder ({@link MailSettings#overrides()}
 * {@code /<client code>/}): a template there replaces the default one whole (the layout too), a key in its bundle wins
 * over the default bundle's, and the keys it does not name fall back. Each client has its own engine (its templates
 * and messages differ), made on first use and kept.
 */
@Component
class MailTemplates {

    private final ApplicationContext context;
    private final MailSettings settings;
    private final Map<String, Engine> engines = new ConcurrentHashMap<>();

    MailTemplates(ApplicationContext context, MailSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** One client's engine and messages. */
    private record Engine(SpringTemplateEngine thymeleaf, MessageSource messages) {}

    /**
     * The e-mail of {@code kind} for a client, in {@code locale}, with {@code model} as the templates' variables (and
     * {@code clientName}). The subject's arguments: {0} the RMA number, {1} the client's name.
     */
    Rendered render(MailKind kind, String clientCode, String clientName, Locale locale, Map<String, Object> model) {
        MailSettings.ClientMail own = settings.client(clientCode);
        Engine engine = engines.computeIfAbsent(clientCode, this::engine);
        Context ctx = new Context(locale, model);
        ctx.setVariable("clientName", clientName);
        String subject = engine.messages()
                .getMessage("subject." + kind.template(), new Object[] {model.get("rmaNumber"), clientName}, locale);
        return new Rendered(
                own.from() == null || own.from().isBlank() ? settings.from() : own.from(),
                own.replyTo(),
                subject,
                engine.thymeleaf().process(kind.template() + ".txt", ctx),
                engine.thymeleaf().process(kind.template() + ".html", ctx));
    }

    private Engine engine(String clientCode) {
        String own = settings.overrides() + clientCode + "/";
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setResourceLoader(context);
        // the client's keys first, then the defaults; never the machine's locale
        messages.setBasenames(own + "messages", settings.templates() + "messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        // the first resolver that has the template answers: the client's folder, then the defaults
        engine.addTemplateResolver(resolver(own, TemplateMode.TEXT, "*.txt", 1));
        engine.addTemplateResolver(resolver(settings.templates(), TemplateMode.TEXT, "*.txt", 2));
        engine.addTemplateResolver(resolver(own, TemplateMode.HTML, "*.html", 3));
        engine.addTemplateResolver(resolver(settings.templates(), TemplateMode.HTML, "*.html", 4));
        engine.setTemplateEngineMessageSource(messages);
        return new Engine(engine, messages);
    }

    private SpringResourceTemplateResolver resolver(String prefix, TemplateMode mode, String pattern, int order) {
        SpringResourceTemplateResolver r = new SpringResourceTemplateResolver();
        r.setApplicationContext(context);
        r.setPrefix(prefix);
        r.setTemplateMode(mode);
        r.setResolvablePatterns(Set.of(pattern));
        r.setCharacterEncoding(StandardCharsets.UTF_8.name());
        r.setOrder(order);
        r.setCheckExistence(true);
        return r;
    }
}
