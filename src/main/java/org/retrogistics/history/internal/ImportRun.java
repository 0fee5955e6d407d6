package org.retrogistics.history.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.retrogistics.history.HistorySettings;
import org.retrogistics.shared.ClientId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import from its checkpoint to the end of the file: the file is read as a stream, line by line, never
 * whole; every batch of lines is written in one transaction that also moves the job's checkpoint past it, so a crash
 * loses at most the batch under way and a resumed run starts right after the last committed line. Lines already
 * in the history (the same invoice line from an earlier file) are skipped by their natural key.
 */
@Component
public class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(false)
            .get();

    private final ImportStore store;
    private final TransactionTemplate transactions;
    private final HistorySettings settings;

    ImportRun(ImportStore store, TransactionTemplate transactions, HistorySettings settings) {
        this.store = store;
        this.transactions = transactions;
        this.settings = settings;
    }

    /** Imports the rest of the file and matches the returns; the job must have been claimed. */
    public void run(ClientId client, UUID job, Path file) {
        run(client, job, file, Long.MAX_VALUE);
    }

    /**
     * As {@link #run(ClientId, UUID, Path)}, but stops as if the instance had died after that many batches: the job
     * stays RUNNING at its checkpoint. For tests of resuming.
     */
    public void run(ClientId client, UUID job, Path file, long batchesBeforeCrash) {
        try {
            if (importLines(client, job, file, batchesBeforeCrash)) {
                transactions.executeWithoutResult(tx -> {
                    store.matchReturns(client);
                    store.finish(job);
                });
            }
        } catch (IOException | RuntimeException e) {
            log.warn("history import {} failed", job, e);
            store.fail(job, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private boolean importLines(ClientId client, UUID job, Path file, long batchesBeforeCrash) throws IOException {
        long checkpoint = store.checkpoint(job);
        // a line's place in its invoice counts the invoice's lines before it in the file, those before the
        // checkpoint too: they are counted again on resuming, which keeps the natural keys the same
        Map<String, Integer> linesPerInvoice = new HashMap<>();
        long batches = 0;
        try (Counting bytes = new Counting(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                Reader reader = new InputStreamReader(bytes, StandardCharsets.UTF_8);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            var missing = RetailLines.COLUMNS.stream()
                    .filter(c -> !parser.getHeaderMap().containsKey(c))
                    .toList();
            if (!missing.isEmpty()) {
                store.fail(job, "the header lacks the columns " + missing);
                return false;
            }
            Batch batch = new Batch();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1; // the header is line 1
                read(record, line, linesPerInvoice, line > checkpoint ? batch : null);
                if (batch.size() >= settings.batchSize()) {
                    if (batches++ >= batchesBeforeCrash) {
                        return false;
                    }
                    commit(client, job, batch, bytes.count());
                    batch = new Batch();
                }
            }
            if (batch.size() > 0) {
                if (batches >= batchesBeforeCrash) {
                    return false;
                }
                commit(client, job, batch, bytes.count());
            }
        }
        return true;
    }

    /** Reads one line into the batch, or only counts it when it was committed before (batch null). */
    private static void read(CSVRecord record, long line, Map<String, Integer> linesPerInvoice, Batch batch) {
        RetailLine l;
        try {
            l = RetailLines.read(record);
        } catch (RetailLines.Unreadable e) {
            if (batch != null) {
                batch.reject(line, e.getMessage());
            }
            return;
        }
        int place = linesPerInvoice.merge(l.invoiceNo(), 1, Integer::sum);
        if (batch != null) {
            batch.add(line, place, l);
        }
    }

    private void commit(ClientId client, UUID job, Batch batch, long bytesRead) {
        batch.readUpTo(bytesRead);
        transactions.executeWithoutResult(tx -> store.commitBatch(client, job, batch));
    }

    /** Counts the bytes taken from the file, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        long count() {
            return count;
        }
    }
}
