/** Returns: return requests (RMA), their lifecycle, the return policy, reason codes and the resolution asked for. */
package org.retrogistics.returns;
