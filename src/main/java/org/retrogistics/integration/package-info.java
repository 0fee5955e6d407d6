/**
 * Integration: what leaves Retrogistics for clients' systems. Outbound webhooks signed per Standard Webhooks, fed by
 * other modules' public events through the event publication registry (ADR 0027); the same events on RabbitMQ when
 * the broker is enabled, and status updates from clients' WMS and TMS by API or queue (ADR 0029); later CSV import and
 * export.
 */
package org.retrogistics.integration;
