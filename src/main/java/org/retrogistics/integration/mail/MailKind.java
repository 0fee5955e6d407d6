package org.retrogistics.integration.mail;

/** The status e-mails a shopper gets; the name is the template's and the subject key's ({@code subject.<name>}). */
enum MailKind {
    RETURN_AUTHORIZED("return-authorized"),
    RETURN_REJECTED("return-rejected"),
    RETURN_RECEIVED("return-received"),
    REFUND_ISSUED("refund-issued");

    private final String template;

    MailKind(String template) {
        this.template = template;
    }

    String template() {
        return template;
    }
}
