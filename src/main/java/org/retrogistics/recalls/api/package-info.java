/** REST endpoints of recall campaigns. */
package org.retrogistics.recalls.api;
