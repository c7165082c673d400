package org.cruise.cli;

import java.io.PrintWriter;

import org.cruise.core.checkpoint.Checkpoints;

/** Progress of long writes: a live "bytes of total" line on a terminal, nothing otherwise. */
final class Progress {
    private Progress() {
    }

    static Checkpoints.ProgressListener forTerminal(PrintWriter err) {
        if (System.console() == null) {
            return (done, total) -> { };
        }
        return new Checkpoints.ProgressListener() {
            private long lastPrinted;

            @Override
            public void progress(long done, long total) {
                long now = System.nanoTime();
                if (done < total && now - lastPrinted < 100_000_000L) {
                    return;
                }
                lastPrinted = now;
                err.printf("\r  %,d of %,d bytes (%d%%)%s", done, total, total == 0 ? 100 : done * 100 / total,
                        done >= total ? "\n" : "");
                err.flush();
            }
        };
    }
}
