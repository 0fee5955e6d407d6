/** The listeners that turn the modules' events into audit rows, and who and which request a row is for. */
package org.retrogistics.audit.internal;
