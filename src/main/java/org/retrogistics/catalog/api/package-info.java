/** Catalog REST API. */
package org.retrogistics.catalog.api;
