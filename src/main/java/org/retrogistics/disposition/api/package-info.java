/** The disposition API: decisions with every option, overrides, recovery tables and client rules. */
package org.retrogistics.disposition.api;
