/** Access: users, API tokens, roles and the acting party ({@link org.retrogistics.access.Actor}) every request runs as. */
package org.retrogistics.access;
