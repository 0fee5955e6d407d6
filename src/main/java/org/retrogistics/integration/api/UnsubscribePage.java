package org.retrogistics.integration.api;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.retrogistics.catalog.ClientFacts;
import org.retrogistics.integration.mail.MailUnsubscribes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unsubscribe link of a customer e-mail (ADR 0030), no login. Opening it shows a button and changes nothing (mail
 * scanners open links); the button, or a mail client's one-click POST (RFC 8058, the List-Unsubscribe-Post header),
 * unsubscribes. A link that is not ours answers 404 with nothing changed.
 */
@Controller
@RequestMapping("/portal/{clientCode}/unsubscribe")
class UnsubscribePage {

    private final MailUnsubscribes unsubscribes;

    UnsubscribePage(MailUnsubscribes unsubscribes) {
        this.unsubscribes = unsubscribes;
    }

    @GetMapping
    String confirm(
            @PathVariable String clientCode,
            @RequestParam(name = "m", required = false) String mail,
            @RequestParam(name = "sig", required = false) String signature,
            Model model,
            HttpServletResponse response) {
        return page(unsubscribes.check(clientCode, mail, signature), false, mail, signature, model, response);
    }

    @PostMapping
    String unsubscribe(
            @PathVariable String clientCode,
            @RequestParam(name = "m", required = false) String mail,
            @RequestParam(name = "sig", required = false) String signature,
            Model model,
            HttpServletResponse response) {
        return page(unsubscribes.unsubscribe(clientCode, mail, signature), true, mail, signature, model, response);
    }

    private static String page(
            Optional<ClientFacts> client,
            boolean done,
            String mail,
            String signature,
            Model model,
            HttpServletResponse response) {
        if (client.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("invalid", true);
            return "integration/unsubscribe";
        }
        model.addAttribute("client", client.get());
        model.addAttribute("done", done);
        model.addAttribute("m", mail);
        model.addAttribute("sig", signature);
        return "integration/unsubscribe";
    }
}
