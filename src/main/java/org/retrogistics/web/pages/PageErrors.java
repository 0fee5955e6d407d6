package org.retrogistics.web.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.retrogistics.access.Actor;
import org.retrogistics.shared.DomainException;
import org.retrogistics.web.support.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer a person, not a program: an error becomes a readable page with the right status. */
@ControllerAdvice(basePackages = "org.retrogistics.web.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ModelAttribute("userName")
    String userName(@AuthenticationPrincipal Actor actor) {
        return actor == null ? null : actor.name();
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        response.setStatus(status(e));
        model.addAttribute("title", e.kind() == DomainException.Kind.NOT_FOUND ? "Not found" : "That did not work");
        model.addAttribute("message", Problems.plainWords(e.getMessage(), "The request could not be done."));
        return "error-page";
    }

    /** An address with a value of the wrong kind (an id that is no UUID): said in words, not in Java types. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("title", "That did not work");
        model.addAttribute("message", "'" + e.getName() + "' has an invalid value in this address.");
        return "error-page";
    }

    /** A form with a value missing or of the wrong kind: said in words, with the field's name. */
    @ExceptionHandler(BindException.class)
    String badForm(BindException e, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("title", "That did not work");
        FieldError field = e.getFieldError();
        model.addAttribute(
                "message",
                field == null
                        ? "The form has an invalid value."
                        : "'" + field.getField() + "' is missing or has an invalid value.");
        return "error-page";
    }

    /** The status a refusal answers with, for pages that show it in place rather than on the error page. */
    static int status(DomainException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case REJECTED -> 422;
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
        };
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String concurrent(HttpServletResponse response, Model model) {
        response.setStatus(409);
        model.addAttribute("title", "Changed meanwhile");
        model.addAttribute(
                "message", "Someone else changed this record at the same time. Reload the page and try again.");
        return "error-page";
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    String denied(HttpServletResponse response, Model model) {
        response.setStatus(403);
        model.addAttribute("title", "Not allowed");
        model.addAttribute("message", "Your role does not allow this action.");
        return "error-page";
    }
}
