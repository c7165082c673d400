package org.cruise.cli;

import java.util.ArrayList;
import java.util.List;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGINT and SIGTERM as a request to stop, while a session runs. A JVM shutdown hook would run
 * too, but the JVM would then exit with 130/143 whatever the session did; handling the signals
 * lets the session detach and cruise exit with its documented code.
 */
final class StopSignals {
    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();

    private StopSignals() {
    }

    static StopSignals install(Runnable onStop) {
        StopSignals s = new StopSignals();
        for (String name : new String[] { "INT", "TERM" }) {
            Signal signal = new Signal(name);
            s.signals.add(signal);
            s.previous.add(Signal.handle(signal, sig -> onStop.run()));
        }
        return s;
    }

    void restore() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
