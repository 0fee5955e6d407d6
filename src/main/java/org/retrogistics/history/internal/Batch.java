package org.retrogistics.history.internal;

import java.util.ArrayList;
import java.util.List;

/** The lines read since the last checkpoint, committed together with the next one. */
public final class Batch {

    /** A line read, with its line number in the file and its place among its invoice's lines. */
    record Numbered(long sourceLine, int lineInInvoice, RetailLine line) {}

    /** A line that could not be read. */
    record Rejected(long sourceLine, String reason) {}

    private final List<Numbered> lines = new ArrayList<>();
    private final List<Rejected> errors = new ArrayList<>();
    private long lastLine;
    private long bytesRead;

    void add(long sourceLine, int lineInInvoice, RetailLine line) {
        lines.add(new Numbered(sourceLine, lineInInvoice, line));
        lastLine = sourceLine;
    }

    void reject(long sourceLine, String reason) {
        errors.add(new Rejected(sourceLine, reason));
        lastLine = sourceLine;
    }

    void readUpTo(long bytes) {
        bytesRead = bytes;
    }

    int size() {
        return lines.size() + errors.size();
    }

    List<Numbered> lines() {
        return lines;
    }

    List<Rejected> errors() {
        return errors;
    }

    long lastLine() {
        return lastLine;
    }

    long bytesRead() {
        return bytesRead;
    }
}
