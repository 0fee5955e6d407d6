/** Returns REST API. */
package org.retrogistics.returns.api;
