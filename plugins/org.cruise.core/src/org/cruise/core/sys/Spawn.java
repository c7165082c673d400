package org.cruise.core.sys;

import java.util.List;
import java.util.Map;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;

/**
 * Starts a program with posix_spawn on the calling thread. A tracer must not use ProcessBuilder
 * for its tracees: the JDK's reaper thread waits on every child it starts and would take the
 * tracer's ptrace stops. A child spawned here belongs to the calling thread only (waitpid with
 * __WNOTHREAD sees it there and nowhere else).
 */
public final class Spawn {
    private static final short POSIX_SPAWN_SETSIGMASK = 0x08;
    private static final short POSIX_SPAWN_SETSIGDEF = 0x04;
    /** glibc's posix_spawnattr_t is 336 bytes and sigset_t 128 on x86-64; over-allocate. */
    private static final int ATTR_SIZE = 512;
    /** posix_spawn_file_actions_t is 80 bytes in glibc; over-allocate. */
    private static final int ACTIONS_SIZE = 256;
    private static final int SIGSET_SIZE = 128;

    static {
        Native.register(Spawn.class, Platform.C_LIBRARY_NAME);
    }

    private Spawn() {
    }

    private static native int posix_spawn(int[] pid, String path, Pointer fileActions, Pointer attr, Pointer argv,
            Pointer envp);

    private static native int posix_spawnattr_init(Pointer attr);

    private static native int posix_spawnattr_destroy(Pointer attr);

    private static native int posix_spawnattr_setsigmask(Pointer attr, Pointer sigset);

    private static native int posix_spawnattr_setsigdefault(Pointer attr, Pointer sigset);

    private static native int posix_spawnattr_setflags(Pointer attr, short flags);

    private static native int posix_spawn_file_actions_init(Pointer actions);

    private static native int posix_spawn_file_actions_destroy(Pointer actions);

    private static native int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

    private static native int posix_spawn_file_actions_addopen(Pointer actions, int fd, String path, int flags,
            int mode);

    private static native int sigemptyset(Pointer set);

    private static native int sigfillset(Pointer set);

    /**
     * Spawns path with argv (argv[0] included) and the given environment, with an empty signal
     * mask and default dispositions: the JVM thread's blocked signals must not leak into the child.
     * stdin/stdout/stderr are inherited; every other descriptor of the JVM is closed in the child
     * (not all are close-on-exec: a leaked control-socket connection would never see EOF while
     * the child lives, and a traced program must not hold our files). Returns the child's pid.
     */
    public static int spawn(String path, List<String> argv, Map<String, String> env) throws NativeException {
        return spawn(path, argv, env, false);
    }

    /**
     * As {@link #spawn(String, List, Map)}, but with stdin, stdout and stderr on /dev/null when
     * nullStdio: for helpers that must not hold the caller's terminal or pipes (a pipe reader
     * waiting for EOF would otherwise wait as long as the helper lives).
     */
    public static int spawn(String path, List<String> argv, Map<String, String> env, boolean nullStdio)
            throws NativeException {
        try (Memory attr = new Memory(ATTR_SIZE); Memory empty = new Memory(SIGSET_SIZE);
                Memory all = new Memory(SIGSET_SIZE); Memory actions = new Memory(ACTIONS_SIZE)) {
            int rc = posix_spawnattr_init(attr);
            if (rc != 0) {
                throw new NativeException("posix_spawnattr_init", rc);
            }
            rc = posix_spawn_file_actions_init(actions);
            if (rc != 0) {
                posix_spawnattr_destroy(attr);
                throw new NativeException("posix_spawn_file_actions_init", rc);
            }
            try {
                rc = posix_spawn_file_actions_addclosefrom_np(actions, 3);
                if (rc != 0) {
                    throw new NativeException("posix_spawn_file_actions_addclosefrom_np", rc);
                }
                for (int fd = 0; nullStdio && fd <= 2; fd++) {
                    rc = posix_spawn_file_actions_addopen(actions, fd, "/dev/null", fd == 0 ? LibC.O_RDONLY : LibC.O_WRONLY, 0);
                    if (rc != 0) {
                        throw new NativeException("posix_spawn_file_actions_addopen /dev/null", rc);
                    }
                }
                sigemptyset(empty);
                sigfillset(all);
                posix_spawnattr_setsigmask(attr, empty);
                posix_spawnattr_setsigdefault(attr, all);
                posix_spawnattr_setflags(attr, (short) (POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF));
                StringArray args = new StringArray(argv.toArray(new String[0]));
                StringArray envp = new StringArray(env.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
                int[] pid = new int[1];
                rc = posix_spawn(pid, path, actions, attr, args, envp);
                if (rc != 0) {
                    throw new NativeException("posix_spawn " + path, rc);
                }
                return pid[0];
            } finally {
                posix_spawn_file_actions_destroy(actions);
                posix_spawnattr_destroy(attr);
            }
        }
    }
}
