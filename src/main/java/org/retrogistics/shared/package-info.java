/** Value types shared by every module (money, GS1 identifiers, typed ids, the domain exception); no beans. */
package org.retrogistics.shared;
