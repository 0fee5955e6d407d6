/**
 * Customer e-mails (ADR 0030): status e-mails to the shopper, written to an outbox table by event listeners, rendered
 * from per-client, per-language Thymeleaf templates, sent over SMTP by a skip-locked dispatcher, with a signed
 * unsubscribe link.
 */
package org.retrogistics.integration.mail;
