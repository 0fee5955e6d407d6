/** Inspection persistence. */
package org.retrogistics.inspection.internal;
