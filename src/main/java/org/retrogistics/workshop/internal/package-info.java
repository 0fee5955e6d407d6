/** Workshop persistence. */
package org.retrogistics.workshop.internal;
