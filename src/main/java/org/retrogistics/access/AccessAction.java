package org.retrogistics.access;

/** A change to a client's users or tokens, as the access audit records it. */
public enum AccessAction {
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_ROLES_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_RESET_ISSUED,
    PASSWORD_RESET_USED
}
