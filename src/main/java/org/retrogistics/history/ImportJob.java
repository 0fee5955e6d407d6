package org.retrogistics.history;

import java.time.Instant;
import java.util.UUID;

/**
 * One import of one file by one client.
 *
 * @param checkpointLine every line up to this one is committed
 * @param accepted lines read into the history (a line already there from an earlier file counts too)
 * @param rejected lines in the error report
 */
public record ImportJob(
        UUID id,
        String fileName,
        String sha256,
        ImportStatus status,
        long bytesTotal,
        long bytesDone,
        long checkpointLine,
        long accepted,
        long rejected,
        String startedBy,
        Instant createdAt,
        Instant finishedAt,
        String failure) {

    /** How far the import is, 0 to 100, from the bytes read up to the checkpoint. */
    public int percent() {
        if (status == ImportStatus.DONE) {
            return 100;
        }
        return bytesTotal == 0 ? 0 : (int) Math.min(99, bytesDone * 100 / bytesTotal);
    }

    public boolean finished() {
        return status != ImportStatus.RUNNING;
    }
}
