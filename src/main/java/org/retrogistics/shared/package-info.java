/**
 * Value types shared by every module (money, GS1 identifiers, typed ids, the domain exception, the recovery facts that
 * modules publish for the recovery ledger); no beans.
 */
package org.retrogistics.shared;
