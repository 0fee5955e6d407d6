/** Recall campaigns: affected products by lot, serial range or sale dates, brought back in bulk and never resold. */
package org.retrogistics.recalls;
