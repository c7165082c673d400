package org.cruise.core.ptrace;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The one platform thread that issues every ptrace and waitpid call of a tracing session. Linux
 * attaches tracees to a thread, not to a process: ptrace from any other thread gets ESRCH, and a
 * waitpid from another JVM thread can steal the tracer's stop events. Work that needs ptrace is
 * submitted here; work that only reads memory (process_vm_readv) or files may run anywhere.
 */
public final class Tracer implements AutoCloseable {

    /** A unit of tracer work whose checked exception passes through to the caller unchanged. */
    @FunctionalInterface
    public interface Task<T, E extends Exception> {
        T run() throws E;
    }

    private final ExecutorService executor;
    private volatile Thread thread;

    public Tracer() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cruise-tracer");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /** True on the tracer thread itself: tracer code calls ptrace directly there. */
    public boolean isTracerThread() {
        return Thread.currentThread() == thread;
    }

    /** Runs task on the tracer thread and waits for it; on the tracer thread, runs it inline. */
    @SuppressWarnings("unchecked")
    public <T, E extends Exception> T call(Task<T, E> task) throws E {
        if (isTracerThread()) {
            return task.run();
        }
        Callable<T> c = task::run;
        Future<T> f = executor.submit(c);
        try {
            return f.get();
        } catch (InterruptedException e) {
            // The work goes on on the tracer thread; the caller is told it stopped waiting.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the tracer thread", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw (E) cause;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
