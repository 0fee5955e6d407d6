package org.retrogistics.web.pages;

import org.retrogistics.shared.DomainException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form's action: done, with a notice for the next page, or refused, with the refusal's words. */
final class PageActions {

    private PageActions() {}

    static String act(RedirectAttributes flash, String target, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (DomainException e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return target;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
