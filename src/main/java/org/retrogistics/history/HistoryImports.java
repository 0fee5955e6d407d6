package org.retrogistics.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.retrogistics.access.Actor;
import org.retrogistics.history.internal.HistoryQueries;
import org.retrogistics.history.internal.ImportRun;
import org.retrogistics.history.internal.ImportStore;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Imports a client's sales history from CSV (ADR 0032). An upload is streamed to a file while its SHA-256 is taken,
 * never held in memory; the file's contents name the job, so uploading the same file again answers the same job and
 * changes nothing once it is done, or resumes it from its checkpoint when a crash or a failure stopped it. Jobs run
 * one at a time per instance, in the background; their progress is in the job row, for any instance to show.
 */
@Service
public class HistoryImports implements DisposableBean {

    private final ImportStore store;
    private final ImportRun run;
    private final HistorySettings settings;
    private final HistoryQueries queries;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "history-import");
        t.setDaemon(true);
        return t;
    });

    HistoryImports(ImportStore store, ImportRun run, HistorySettings settings, HistoryQueries queries) {
        this.store = store;
        this.run = run;
        this.settings = settings;
        this.queries = queries;
    }

    /**
     * Takes an uploaded file and starts (or resumes) its import; answers the job at once. A job already done is
     * answered as it is, and the upload is discarded.
     */
    public ImportJob upload(Actor actor, String fileName, InputStream body) {
        Path dir = settings.uploadDir();
        try {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, "upload-", ".part");
            String sha;
            long bytes;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), sha256())) {
                bytes = body.transferTo(out);
                sha = HexFormat.of()
                        .formatHex(((DigestOutputStream) out).getMessageDigest().digest());
            }
            ImportJob job = store.createOrFind(actor.clientId(), sha, name(fileName), bytes, actor.name());
            if (job.status() == ImportStatus.DONE) {
                Files.deleteIfExists(part);
                return job;
            }
            Files.move(part, file(actor.clientId(), sha), StandardCopyOption.REPLACE_EXISTING);
            start(actor.clientId(), job);
            return store.find(actor.clientId(), job.id()).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the uploaded file", e);
        }
    }

    /** Resumes a job stopped by a crash or a failure from its checkpoint, with the file kept from its upload. */
    public ImportJob resume(Actor actor, UUID id) {
        ImportJob job = get(actor.clientId(), id);
        if (job.status() == ImportStatus.DONE) {
            return job;
        }
        if (!Files.exists(file(actor.clientId(), job.sha256()))) {
            throw new ImportRefused(
                    "import-file-gone", "The file of import " + id + " is no longer kept: upload it again");
        }
        if (!start(actor.clientId(), job)) {
            throw new ImportRefused("import-running", "Import " + id + " is running");
        }
        return get(actor.clientId(), id);
    }

    public ImportJob get(ClientId client, UUID id) {
        return store.find(client, id).orElseThrow(() -> new NotFound("history import", id));
    }

    public List<ImportJob> list(ClientId client) {
        return store.list(client, 50);
    }

    /** Writes the job's error report as CSV (line, reason), streamed from the database. */
    public void errorReport(ClientId client, UUID id, Appendable out) {
        get(client, id);
        queries.errorReport(id, out);
    }

    public HistoryFigures figures(ClientId client) {
        return queries.figures(client);
    }

    private boolean start(ClientId client, ImportJob job) {
        if (!store.claim(job.id(), settings.staleAfterSeconds())) {
            return false;
        }
        Path file = file(client, job.sha256());
        runner.execute(() -> {
            run.run(client, job.id(), file);
            if (store.find(client, job.id())
                    .map(j -> j.status() == ImportStatus.DONE)
                    .orElse(false)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a file left behind is only disk space; the job is done either way
                }
            }
        });
        return true;
    }

    private Path file(ClientId client, String sha) {
        return settings.uploadDir().resolve(client.value() + "-" + sha + ".csv");
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "upload.csv" : fileName.strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
