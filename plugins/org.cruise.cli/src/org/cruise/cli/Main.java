package org.cruise.cli;

/**
 * Entry point of the headless {@code cruise} command. Kept apart from {@link CruiseCommand} so
 * that tests can run the command in-process without {@link System#exit}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CruiseCommand.run(args, System.out, System.err));
    }
}
