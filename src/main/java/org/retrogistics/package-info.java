/** Application root: start-up and the embedded database default; the business modules are its sub-packages. */
package org.retrogistics;
