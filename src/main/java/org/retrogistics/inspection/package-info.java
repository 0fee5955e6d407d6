/** Inspection: checklists per product family, grading on documented scales, data, lock, battery and authenticity checks. */
package org.retrogistics.inspection;
