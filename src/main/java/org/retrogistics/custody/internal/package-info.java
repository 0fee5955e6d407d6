/** Custody persistence. */
package org.retrogistics.custody.internal;
