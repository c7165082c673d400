package org.cruise.core.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.cruise.core.CruiseException;
import org.cruise.core.sys.NativeException;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;

/**
 * What only the kernel's socket diagnostics (NETLINK_SOCK_DIAG, as ss uses them) tell: the
 * backlog a listening socket was given, and the peer of a connected unix socket.
 * <p>
 * /proc/net/tcp shows a listener's current accept-queue length but not its maximum. inet_diag
 * reports it in idiag_wqueue for LISTEN sockets (tcp_diag_get_info: rqueue = sk_ack_backlog,
 * wqueue = sk_max_ack_backlog), unix_diag in the UNIX_DIAG_RQLEN attribute likewise. The value
 * is what listen() stored: the requested backlog capped at net.core.somaxconn.
 * <p>
 * A kernel built without inet_diag or unix_diag answers ENOENT for that family; its sockets are
 * then simply absent from the result (the caller records an unknown backlog).
 * <p>
 * Netlink answers about the namespace the netlink socket was created in, so for a target in
 * another network namespace the socket is created by a short-lived thread that joined that
 * namespace (setns, which needs CAP_SYS_ADMIN there); the socket stays bound to it.
 */
final class SockDiag {
    private static final int NLMSG_HDRLEN = 16;
    private static final short SOCK_DIAG_BY_FAMILY = 20;
    private static final short NLM_F_REQUEST = 1, NLM_F_DUMP = 0x300;
    private static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;
    private static final int TCP_LISTEN = 10;
    private static final int ENOENT = 2;
    /** inet_diag_req_v2: family, protocol, ext, pad, states, inet_diag_sockid (48 bytes). */
    private static final int INET_REQ_LEN = 56;
    /** inet_diag_msg: family..retrans (4), sockid (48), then expires, rqueue, wqueue, uid, inode. */
    private static final int INET_MSG_WQUEUE = 60, INET_MSG_INODE = 68;
    /** unix_diag_req: family, protocol, pad, states, ino, show, cookie[2]. */
    private static final int UNIX_REQ_LEN = 24;
    private static final int UDIAG_SHOW_PEER = 0x04, UDIAG_SHOW_RQLEN = 0x10;
    private static final int UNIX_DIAG_PEER = 2, UNIX_DIAG_RQLEN = 4;
    /** unix_diag_msg: family, type, state, pad, ino, cookie[2]; attributes follow. */
    private static final int UNIX_MSG_LEN = 16;

    /**
     * @param backlogs  inode of each listening TCP (IPv4, IPv6) and unix socket -> max backlog
     * @param unixPeers inode of each connected unix socket -> inode of its peer
     */
    record Result(Map<Long, Integer> backlogs, Map<Long, Long> unixPeers) {
    }

    @FunctionalInterface
    private interface MessageHandler {
        /** payload: one answer after its netlink header, len bytes long. */
        void handle(Pointer payload, int len);
    }

    private SockDiag() {
    }

    static Result query(int pid) throws CruiseException {
        Map<Long, Integer> backlogs = new HashMap<>();
        Map<Long, Long> peers = new HashMap<>();
        try {
            int fd = openInNamespaceOf(pid);
            try (Memory buf = new Memory(64 * 1024)) {
                for (int family : new int[] { NetLib.AF_INET, NetLib.AF_INET6 }) {
                    dump(fd, inetListenersRequest(family), buf, (msg, len) -> backlogs
                            .put(msg.getInt(INET_MSG_INODE) & 0xffffffffL, msg.getInt(INET_MSG_WQUEUE)));
                }
                dump(fd, unixRequest(), buf, (msg, len) -> unixAnswer(msg, len, backlogs, peers));
            } finally {
                NetLib.close(fd);
            }
        } catch (NativeException e) {
            throw Procfs.failure(pid, e);
        }
        return new Result(backlogs, peers);
    }

    private static Memory inetListenersRequest(int family) {
        Memory req = request(INET_REQ_LEN, 1);
        req.setByte(16, (byte) family);
        req.setByte(17, (byte) NetLib.IPPROTO_TCP);
        req.setInt(20, 1 << TCP_LISTEN);
        return req;
    }

    private static Memory unixRequest() {
        Memory req = request(UNIX_REQ_LEN, 2);
        req.setByte(16, (byte) NetLib.AF_UNIX);
        req.setInt(20, -1); // every state
        req.setInt(28, UDIAG_SHOW_PEER | UDIAG_SHOW_RQLEN);
        req.setInt(32, -1); // cookie INET_DIAG_NOCOOKIE: not asking about one socket
        req.setInt(36, -1);
        return req;
    }

    private static Memory request(int payload, int seq) {
        Memory req = new Memory(NLMSG_HDRLEN + payload);
        req.clear();
        req.setInt(0, (int) req.size());
        req.setShort(4, SOCK_DIAG_BY_FAMILY);
        req.setShort(6, (short) (NLM_F_REQUEST | NLM_F_DUMP));
        req.setInt(8, seq);
        return req;
    }

    private static void unixAnswer(Pointer msg, int len, Map<Long, Integer> backlogs, Map<Long, Long> peers) {
        long inode = msg.getInt(4) & 0xffffffffL;
        boolean listening = (msg.getByte(2) & 0xff) == TCP_LISTEN;
        for (int a = UNIX_MSG_LEN; a + 4 <= len;) {
            int alen = msg.getShort(a) & 0xffff;
            int atype = msg.getShort(a + 2) & 0xffff;
            if (alen < 4) {
                break;
            }
            if (atype == UNIX_DIAG_RQLEN && listening) {
                backlogs.put(inode, msg.getInt(a + 8)); // struct unix_diag_rqlen { rqueue, wqueue }
            } else if (atype == UNIX_DIAG_PEER) {
                long peer = msg.getInt(a + 4) & 0xffffffffL;
                if (peer != 0) {
                    peers.put(inode, peer);
                }
            }
            a += (alen + 3) & ~3;
        }
    }

    /**
     * Sends one dump request and hands each answer to handler until NLMSG_DONE. A family the
     * kernel has no diag module for (ENOENT) yields nothing.
     */
    private static void dump(int fd, Memory req, Memory buf, MessageHandler handler) throws NativeException {
        try {
            NativeException.check(NetLib.send(fd, req, req.size(), 0), "send(NETLINK_SOCK_DIAG)");
            while (true) {
                long n = NativeException.check(NetLib.recv(fd, buf, buf.size(), 0), "recv(NETLINK_SOCK_DIAG)");
                for (int off = 0; off + NLMSG_HDRLEN <= n;) {
                    int len = buf.getInt(off);
                    int type = buf.getShort(off + 4) & 0xffff;
                    if (type == NLMSG_DONE || len < NLMSG_HDRLEN) {
                        return;
                    }
                    if (type == NLMSG_ERROR) {
                        int errno = -buf.getInt(off + NLMSG_HDRLEN);
                        if (errno == ENOENT) {
                            return;
                        }
                        throw new NativeException("sock_diag dump of family " + req.getByte(16), errno);
                    }
                    handler.handle(buf.share(off + NLMSG_HDRLEN), len - NLMSG_HDRLEN);
                    off += (len + 3) & ~3;
                }
            }
        } finally {
            req.close();
        }
    }

    /** A NETLINK_SOCK_DIAG socket that sees the target's network namespace. */
    private static int openInNamespaceOf(int pid) throws NativeException, CruiseException {
        Path theirsPath = Procfs.path(pid, "ns/net");
        String ours, theirs;
        try {
            ours = Files.readSymbolicLink(Path.of("/proc/thread-self/ns/net")).toString();
            theirs = Files.readSymbolicLink(theirsPath).toString();
        } catch (IOException e) {
            throw Procfs.failure(pid, "read " + theirsPath, e);
        }
        if (ours.equals(theirs)) {
            return netlinkSocket();
        }
        // setns changes the calling thread only: do it on a thread that ends right after, so no
        // JVM thread is left in the target's namespace.
        int nsFd = (int) NativeException.check(
                NetLib.open(theirsPath.toString(), NetLib.O_RDONLY | NetLib.O_CLOEXEC, 0), "open " + theirsPath);
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                NativeException.check(NetLib.setns(nsFd, NetLib.CLONE_NEWNET),
                        "setns(" + theirsPath + ") (needs CAP_SYS_ADMIN in the target's network namespace)");
                result.set(netlinkSocket());
            } catch (NativeException e) {
                result.set(e);
            }
        }, "cruise-netns-" + pid);
        t.start();
        joinUninterruptibly(t); // nsFd must outlive the thread's use of it
        NetLib.close(nsFd);
        if (result.get() instanceof NativeException e) {
            throw e;
        }
        return (Integer) result.get();
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int netlinkSocket() throws NativeException {
        return (int) NativeException.check(
                NetLib.socket(NetLib.AF_NETLINK, NetLib.SOCK_RAW | NetLib.SOCK_CLOEXEC, NetLib.NETLINK_SOCK_DIAG),
                "socket(AF_NETLINK, NETLINK_SOCK_DIAG)");
    }
}
