package org.retrogistics.demo;

import java.util.Optional;

/** The demo's sign-in users, once the demo has seeded them on the embedded database. */
public interface DemoUsers {

    /** A short list of users and passwords to sign in with; empty when no demo was seeded here. */
    Optional<String> signIn();
}
