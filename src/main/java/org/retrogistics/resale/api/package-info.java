/** The resale REST API: channels, listings, lots and manifests. */
package org.retrogistics.resale.api;
