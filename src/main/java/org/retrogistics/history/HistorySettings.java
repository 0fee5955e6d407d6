package org.retrogistics.history;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * History import settings.
 *
 * @param uploadDir where uploaded files are kept until their import is done; must survive a restart for a crashed
 *     import to resume without a new upload (default: a directory under java.io.tmpdir)
 * @param batchSize lines committed together with their checkpoint
 * @param staleAfterSeconds a RUNNING job whose heartbeat is older than this was left by a crash and may be resumed
 */
@ConfigurationProperties("retrogistics.history")
public record HistorySettings(Path uploadDir, Integer batchSize, Integer staleAfterSeconds) {

    public HistorySettings {
        uploadDir =
                uploadDir == null ? Path.of(System.getProperty("java.io.tmpdir"), "retrogistics-history") : uploadDir;
        batchSize = batchSize == null ? 1000 : batchSize;
        staleAfterSeconds = staleAfterSeconds == null ? 120 : staleAfterSeconds;
    }
}
