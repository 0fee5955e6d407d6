/** Access REST API: a client's administrators manage its users and API tokens. */
package org.retrogistics.access.api;
