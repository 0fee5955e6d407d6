package org.retrogistics.integration.mail;

/** An e-mail as its templates made it: sender, reply-to (may be null), subject, plain text and HTML. */
record Rendered(String from, String replyTo, String subject, String text, String html) {}
