/** HTTP conventions shared by every API: security, problem+json, idempotency keys, request size limits. */
package org.retrogistics.web.support;
