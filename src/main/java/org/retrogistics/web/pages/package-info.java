/** Server-rendered pages: the customer portal and the console (returns, receiving, inspection, disposition, workshop). */
package org.retrogistics.web.pages;
