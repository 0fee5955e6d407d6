/** Catalog persistence. */
package org.retrogistics.catalog.internal;
