/** The named hard rules that exclude disposition options, each with a stable code and a reason a person can read. */
package org.retrogistics.disposition.rules;
