/**
 * Audit: one append-only trail of every state change, override, sign-in, access change and export of a client, with
 * who, what, when, why and the request it came from (ADR 0031). Fed by the other modules' public events, in the
 * transaction that published them; nothing depends on it but {@code web}.
 */
package org.retrogistics.audit;
