/** The refunds API: resolutions of a return, money movements (retry, cancel, release), store credit, finance export. */
package org.retrogistics.refunds.api;
