/** What the end-to-end and browser tests of every module share: the application over HTTP, Chromium, CSV, diagrams. */
package org.retrogistics.testing;
