/**
 * The console's recovery pages (a unit's ledger, a return's, expected against actual per option): the read models'
 * own pages, so that no module, web included, depends on analytics (DESIGN.md).
 */
package org.retrogistics.analytics.pages;
