/**
 * Web: the agents' console and the customer portal (server-rendered pages), and the HTTP conventions every API shares:
 * security, problem+json errors, idempotency keys, request size limits, request ids; and the metrics that span modules.
 */
package org.retrogistics.web;
