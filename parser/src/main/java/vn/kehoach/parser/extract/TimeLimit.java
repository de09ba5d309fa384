package vn.kehoach.parser.extract;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.kehoach.parser.DocumentReadException;

/**
 * Runs a parse on a daemon worker thread and gives up waiting after a time limit, so that hostile input
 * cannot hang the caller. A parse that overruns is interrupted, but a parser that ignores interrupts keeps
 * its (daemon) thread busy until it ends on its own: the caller is freed, the CPU may not be.
 *
 * <p>Thread-safe: each call gets its own worker (idle workers are reused, and end after a minute).
 */
final class TimeLimit {
    /** The default limit: generous, since a large PDF can take seconds on a slow machine. */
    static final Duration DEFAULT = Duration.ofSeconds(60);

    private final Duration limit;
    private final ExecutorService workers = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "kehoach-extract");
        t.setDaemon(true);
        return t;
    });

    TimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    /**
     * The task's result; its exception or error as thrown (not wrapped).
     *
     * @throws DocumentReadException when the limit passes first, or the caller is interrupted while waiting
     */
    <T> T run(String source, Callable<T> task) throws Exception {
        Future<T> future = workers.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new DocumentReadException(source, "took longer than the limit of " + describe(limit) + " to read");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new DocumentReadException(source, "reading was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
