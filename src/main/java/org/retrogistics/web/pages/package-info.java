/** Server-rendered pages: the customer portal and the agents' console. */
package org.retrogistics.web.pages;
