package org.retrogistics.history;

import org.retrogistics.shared.DomainException;

/** An import that cannot start or resume now: already running elsewhere, or its file is no longer kept. */
public class ImportRefused extends DomainException {
    ImportRefused(String code, String message) {
        super(Kind.CONFLICT, code, message);
    }
}
