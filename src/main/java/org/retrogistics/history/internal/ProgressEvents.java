package org.retrogistics.history.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.retrogistics.history.ImportJob;
import org.retrogistics.shared.ClientId;
import org.retrogistics.shared.NotFound;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A job's progress as server-sent events: a {@code progress} event whenever the job row has moved (read every half
 * second, so that the instance showing it need not be the one running it), and a last {@code done} event when it has
 * finished, after which the stream ends.
 */
@Component
public class ProgressEvents implements DisposableBean {

    private static final Duration EVERY = Duration.ofMillis(500);
    private static final Duration LONGEST = Duration.ofHours(2);

    private final ImportStore store;
    private final ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "history-progress");
        t.setDaemon(true);
        return t;
    });

    ProgressEvents(ImportStore store) {
        this.store = store;
    }

    /** The stream of the client's job; NotFound before any stream starts when the job is not the client's. */
    public SseEmitter follow(ClientId client, UUID id) {
        store.find(client, id).orElseThrow(() -> new NotFound("history import", id));
        SseEmitter emitter = new SseEmitter(LONGEST.toMillis());
        AtomicReference<ImportJob> last = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> tick = new AtomicReference<>();
        Runnable send = () -> {
            try {
                ImportJob job = store.find(client, id).orElseThrow();
                if (!job.equals(last.get())) {
                    last.set(job);
                    emitter.send(SseEmitter.event().name("progress").data(view(job), MediaType.APPLICATION_JSON));
                }
                if (job.finished()) {
                    emitter.send(SseEmitter.event().name("done").data(view(job), MediaType.APPLICATION_JSON));
                    emitter.complete();
                    tick.get().cancel(false);
                }
            } catch (IOException | RuntimeException e) {
                // the client went away or the database is out of reach: end this stream, the page can reconnect
                emitter.completeWithError(e);
                tick.get().cancel(false);
            }
        };
        tick.set(ticks.scheduleWithFixedDelay(send, 0, EVERY.toMillis(), TimeUnit.MILLISECONDS));
        emitter.onCompletion(() -> tick.get().cancel(false));
        emitter.onTimeout(() -> tick.get().cancel(false));
        emitter.onError(e -> tick.get().cancel(false));
        return emitter;
    }

    /** What an event carries: the figures a progress bar and a summary need. */
    public static Map<String, Object> view(ImportJob job) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", job.id());
        v.put("status", job.status());
        v.put("percent", job.percent());
        v.put("bytesDone", job.bytesDone());
        v.put("bytesTotal", job.bytesTotal());
        v.put("checkpointLine", job.checkpointLine());
        v.put("accepted", job.accepted());
        v.put("rejected", job.rejected());
        v.put("failure", job.failure());
        return v;
    }

    @Override
    public void destroy() {
        ticks.shutdownNow();
    }
}
