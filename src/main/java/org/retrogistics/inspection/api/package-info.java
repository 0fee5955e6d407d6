/** The inspection API: checklists, the inspection queue, inspections. */
package org.retrogistics.inspection.api;
