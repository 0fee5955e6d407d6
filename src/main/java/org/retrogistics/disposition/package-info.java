/** The value-maximising disposition engine: hard rules first, then the option of greatest expected net recovery. */
package org.retrogistics.disposition;
