/** Catalog: clients, products (GTIN, category, battery facts, warranty) and sites; upstream of every returns-side module. */
package org.retrogistics.catalog;
