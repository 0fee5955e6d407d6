/** The history import over HTTP: upload a file, follow its progress, download its error report. */
package org.retrogistics.history.api;
