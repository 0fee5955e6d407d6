/** Resale: sales channels with their fees, listings of single units, B2B / liquidation lots with their manifests. */
package org.retrogistics.resale;
