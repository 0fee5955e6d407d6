package org.retrogistics.custody;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain over a unit's custody entries (ADR 0031): each entry's hash is SHA-256 of the previous entry's hash
 * (nothing for the first) followed by the entry's canonical content, as migration V35's trigger computes it when the
 * entry is written. Verifying recomputes the chain from the contents and names the first entry that does not match.
 */
public final class CustodyChain {

    private CustodyChain() {}

    /** One stored entry: its sequence number, the hashes it stored, and its canonical content as it reads now. */
    public record Link(int seq, byte[] prevHash, byte[] hash, String content) {}

    /**
     * The answer for one unit.
     *
     * @param brokenAt the sequence number of the first entry that does not match, or null when the chain holds
     * @param problem what does not match at that entry, readable; null when the chain holds
     */
    public record Verification(UUID unitId, int entries, boolean valid, Integer brokenAt, String problem) {}

    /** SHA-256 of {@code previous} (empty for the first entry) followed by the content's UTF-8 bytes. */
    public static byte[] hash(byte[] previous, String content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (previous != null) {
                sha.update(previous);
            }
            return sha.digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Recomputes the chain over the entries, oldest first. */
    public static Verification verify(UUID unitId, List<Link> links) {
        byte[] expectedPrevious = null;
        for (Link l : links) {
            if (!Arrays.equals(l.prevHash(), expectedPrevious)) {
                return broken(unitId, links, l, "it does not follow the entry before it");
            }
            byte[] expected = hash(expectedPrevious, l.content());
            if (!Arrays.equals(l.hash(), expected)) {
                return broken(unitId, links, l, "its content does not match its hash");
            }
            expectedPrevious = expected;
        }
        return new Verification(unitId, links.size(), true, null, null);
    }

    private static Verification broken(UUID unitId, List<Link> links, Link at, String problem) {
        return new Verification(unitId, links.size(), false, at.seq(), "entry " + at.seq() + ": " + problem);
    }
}
