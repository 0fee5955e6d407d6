/** Demo data: two clients with catalogues, orders and returns in every state, seeded on the embedded default. */
package org.retrogistics.demo;
