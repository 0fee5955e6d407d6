/** Returns persistence and scheduled jobs. */
package org.retrogistics.returns.internal;
