/** Access persistence. */
package org.retrogistics.access.internal;
