/**
 * Integration: what leaves Retrogistics for clients' systems. Outbound webhooks signed per Standard Webhooks, fed by
 * other modules' public events through the event publication registry (ADR 0027); later the message broker, inbound
 * carrier events and CSV import and export.
 */
package org.retrogistics.integration;
