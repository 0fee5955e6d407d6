/** The recycling module's REST API: recyclers, batches and their certificates, disposals, the diversion report. */
package org.retrogistics.recycling.api;
