package org.cruise.core.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.model.FdKind;

/**
 * The sockets of the target's network namespace as /proc/PID/net/{tcp,tcp6,udp,udp6,unix} list
 * them, by inode. These are the namespace's tables (every process in it), read through the
 * target's /proc entry so that a target in a container is seen in its own namespace.
 * <p>
 * Not listed here (see {@link SocketProbe}): TCP and UDP sockets never bound or connected, and
 * sockets of other families (netlink, packet, raw, ...).
 */
final class SocketTable {

    /**
     * One row.
     *
     * @param kind          TCP_SOCKET, UDP_SOCKET or UNIX_SOCKET
     * @param family        "inet", "inet6" or "unix"
     * @param type          "stream", "dgram" or "seqpacket"
     * @param localAddress  address text (RFC 5952 for IPv6), or a unix path ("@name" for the
     *                      abstract namespace), null for an unnamed unix socket
     * @param state         TCP state name (UDP uses the same: ESTABLISHED when connected, CLOSE
     *                      otherwise); unix: LISTEN, UNCONNECTED, CONNECTING, CONNECTED, DISCONNECTING
     */
    record Entry(long inode, FdKind kind, String family, String type, String localAddress, int localPort,
            String remoteAddress, int remotePort, String state) {
    }

    /** include/net/tcp_states.h, index = state number. */
    private static final String[] TCP_STATES = { "UNKNOWN", "ESTABLISHED", "SYN_SENT", "SYN_RECV", "FIN_WAIT1",
            "FIN_WAIT2", "TIME_WAIT", "CLOSE", "CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING", "NEW_SYN_RECV",
            "BOUND_INACTIVE" };

    private static final String[] UNIX_STATES = { "FREE", "UNCONNECTED", "CONNECTING", "CONNECTED",
            "DISCONNECTING" };

    /** __SO_ACCEPTCON in the Flags column: the socket listens. */
    private static final int UNIX_ACCEPTCON = 0x10000;

    private final Map<Long, Entry> byInode;

    private SocketTable(Map<Long, Entry> byInode) {
        this.byInode = byInode;
    }

    static SocketTable read(int pid) throws CruiseException {
        Map<Long, Entry> map = new HashMap<>();
        readInet(pid, "tcp", FdKind.TCP_SOCKET, "inet", map);
        readInet(pid, "tcp6", FdKind.TCP_SOCKET, "inet6", map);
        readInet(pid, "udp", FdKind.UDP_SOCKET, "inet", map);
        readInet(pid, "udp6", FdKind.UDP_SOCKET, "inet6", map);
        for (String line : lines(pid, "unix")) {
            Entry e = parseUnix(line);
            if (e != null) {
                map.put(e.inode(), e);
            }
        }
        return new SocketTable(map);
    }

    Entry find(long inode) {
        return byInode.get(inode);
    }

    private static void readInet(int pid, String table, FdKind kind, String family, Map<Long, Entry> map)
            throws CruiseException {
        for (String line : lines(pid, table)) {
            Entry e = parseInet(line, kind, family);
            if (e != null) {
                map.put(e.inode(), e);
            }
        }
    }

    /** A table the kernel lacks (no IPv6) is empty. */
    private static List<String> lines(int pid, String table) throws CruiseException {
        Path p = Procfs.path(pid, "net/" + table);
        try {
            return Files.readAllLines(p);
        } catch (NoSuchFileException e) {
            if (Files.isDirectory(Procfs.path(pid, "net"))) {
                return List.of();
            }
            throw Procfs.failure(pid, "read " + p, e);
        } catch (IOException e) {
            throw Procfs.failure(pid, "read " + p, e);
        }
    }

    /**
     * "sl: local rem st tx:rx tr:when retrnsmt uid timeout inode ...". Addresses are the
     * in-memory (network order) bytes printed as native 32-bit words, ports are host order.
     */
    static Entry parseInet(String line, FdKind kind, String family) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 10 || !f[0].endsWith(":")) {
            return null; // the header
        }
        String[] local = f[1].split(":");
        String[] remote = f[2].split(":");
        int state = Integer.parseInt(f[3], 16);
        long inode = Long.parseLong(f[9]);
        String type = kind == FdKind.TCP_SOCKET ? "stream" : "dgram";
        return new Entry(inode, kind, family, type, address(local[0]), Integer.parseInt(local[1], 16),
                address(remote[0]), Integer.parseInt(remote[1], 16),
                tcpState(state));
    }

    static String tcpState(int state) {
        return state < TCP_STATES.length ? TCP_STATES[state] : "STATE_" + state;
    }

    /** "Num: RefCount Protocol Flags Type St Inode [Path]"; the path may contain spaces. */
    static Entry parseUnix(String line) {
        String[] f = line.trim().split("\\s+", 8);
        if (f.length < 7 || !f[0].endsWith(":")) {
            return null; // the header
        }
        int flags = Integer.parseInt(f[3], 16);
        int type = Integer.parseInt(f[4], 16);
        int st = Integer.parseInt(f[5], 16);
        long inode = Long.parseLong(f[6]);
        String path = f.length > 7 ? f[7] : null;
        String typeName = switch (type) {
        case NetLib.SOCK_STREAM -> "stream";
        case NetLib.SOCK_DGRAM -> "dgram";
        case NetLib.SOCK_SEQPACKET -> "seqpacket";
        default -> "type" + type;
        };
        String state = (flags & UNIX_ACCEPTCON) != 0 ? "LISTEN"
                : st < UNIX_STATES.length ? UNIX_STATES[st] : "STATE_" + st;
        return new Entry(inode, FdKind.UNIX_SOCKET, "unix", typeName, path, 0, null, 0, state);
    }

    /** 8 hex digits (IPv4) or 32 (IPv6), each group of 8 a little-endian word. */
    static String address(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int word = 0; word < hex.length() / 8; word++) {
            long v = Long.parseLong(hex.substring(word * 8, word * 8 + 8), 16);
            for (int i = 0; i < 4; i++) {
                b[word * 4 + i] = (byte) (v >>> (8 * i));
            }
        }
        return InetAddresses.format(b);
    }
}
