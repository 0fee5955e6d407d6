/** Custody REST API. */
package org.retrogistics.custody.api;
