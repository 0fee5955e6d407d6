/** The named rules a return policy is made of; each answers allow, review or reject with a reason. */
package org.retrogistics.returns.policy;
