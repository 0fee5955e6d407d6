package org.retrogistics.integration.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An e-mail GreenMail received, read as a mail client would: headers, the plain text part and the HTML part. */
record SentMail(String to, String subject, String listUnsubscribe, String oneClick, String text, String html) {

    private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

    static SentMail of(MimeMessage m) {
        try {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder();
            collect(m, text, html);
            return new SentMail(
                    m.getAllRecipients()[0].toString(),
                    m.getSubject(),
                    m.getHeader("List-Unsubscribe", null),
                    m.getHeader("List-Unsubscribe-Post", null),
                    text.toString(),
                    html.toString());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(Part p, StringBuilder text, StringBuilder html) throws MessagingException, IOException {
        if (p.isMimeType("text/plain")) {
            text.append(p.getContent());
        } else if (p.isMimeType("text/html")) {
            html.append(p.getContent());
        } else if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart part = mp.getBodyPart(i);
                collect(part, text, html);
            }
        }
    }

    /** The unsubscribe link of the List-Unsubscribe header, without its angle brackets. */
    String unsubscribeUrl() {
        return listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
    }

    /** The first link in the text after {@code label}. */
    String linkAfter(String label) {
        int at = text.indexOf(label);
        if (at < 0) {
            throw new AssertionError("no '" + label + "' in:\n" + text);
        }
        Matcher m = LINK.matcher(text.substring(at));
        if (!m.find()) {
            throw new AssertionError("no link after '" + label + "' in:\n" + text);
        }
        return m.group(1);
    }
}
