package org.retrogistics.audit;

/** What kind of fact an audit row records. */
public enum AuditCategory {
    /** A business object moved in its lifecycle: a return authorised, a unit received, a refund issued. */
    STATE_CHANGE,
    /** A person overrode what the rules decided (a disposition). */
    OVERRIDE,
    /** A person signed in to the console or the portal. */
    SIGN_IN,
    /** A user, role, password or API token changed. */
    ACCESS,
    /** Data left the system as a file. */
    EXPORT
}
