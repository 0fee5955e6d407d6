/** Orders: what was sold and delivered, and how much of each line has been returned; returns are checked against it. */
package org.retrogistics.orders;
