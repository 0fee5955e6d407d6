/** The console's history import page: upload, a progress bar fed by server-sent events, the error report. */
package org.retrogistics.history.pages;
