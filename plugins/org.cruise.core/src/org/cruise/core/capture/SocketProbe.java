package org.cruise.core.capture;

import org.cruise.core.sys.NativeException;
import org.cruise.model.FdKind;

import com.sun.jna.Memory;

/**
 * Asks a socket itself what it is, for the sockets no /proc/net table lists: TCP and UDP sockets
 * not yet bound or connected, and other families (netlink, packet, raw, ...). The socket is
 * duplicated into this process with pidfd_getfd, asked SO_DOMAIN, SO_TYPE and SO_PROTOCOL (and a
 * TCP socket its state from TCP_INFO), and the duplicate closed again: that closes only our
 * reference, the target's socket is untouched.
 */
final class SocketProbe {
    /** What a socket says about itself; state is null where the family has none to tell. */
    record Identity(FdKind kind, String family, String type, String state) {
    }

    private SocketProbe() {
    }

    static Identity probe(PidFd pidfd, int targetFd) throws NativeException {
        int fd = pidfd.duplicate(targetFd);
        try (Memory v = new Memory(256)) {
            int domain = intOption(fd, NetLib.SOL_SOCKET, NetLib.SO_DOMAIN, v);
            int type = intOption(fd, NetLib.SOL_SOCKET, NetLib.SO_TYPE, v);
            int protocol = intOption(fd, NetLib.SOL_SOCKET, NetLib.SO_PROTOCOL, v);
            boolean inet = domain == NetLib.AF_INET || domain == NetLib.AF_INET6;
            FdKind kind;
            String state = null;
            if (domain == NetLib.AF_UNIX) {
                kind = FdKind.UNIX_SOCKET;
            } else if (inet && protocol == NetLib.IPPROTO_TCP) {
                kind = FdKind.TCP_SOCKET;
                int[] len = { (int) v.size() };
                NativeException.check(NetLib.getsockopt(fd, NetLib.SOL_TCP, NetLib.TCP_INFO, v, len),
                        "getsockopt(TCP_INFO)");
                state = SocketTable.tcpState(v.getByte(0) & 0xff); // tcpi_state
            } else if (inet && (protocol == NetLib.IPPROTO_UDP || protocol == NetLib.IPPROTO_UDPLITE)) {
                kind = FdKind.UDP_SOCKET;
                state = "CLOSE"; // absent from /proc/net/udp: neither bound nor connected
            } else {
                kind = FdKind.OTHER_SOCKET;
            }
            return new Identity(kind, familyName(domain), typeName(type), state);
        } finally {
            NetLib.close(fd);
        }
    }

    private static int intOption(int fd, int level, int name, Memory v) throws NativeException {
        int[] len = { 4 };
        NativeException.check(NetLib.getsockopt(fd, level, name, v, len), "getsockopt(" + level + ", " + name + ")");
        return v.getInt(0);
    }

    static String familyName(int domain) {
        return switch (domain) {
        case NetLib.AF_UNIX -> "unix";
        case NetLib.AF_INET -> "inet";
        case NetLib.AF_INET6 -> "inet6";
        case NetLib.AF_NETLINK -> "netlink";
        case NetLib.AF_PACKET -> "packet";
        default -> "af" + domain;
        };
    }

    static String typeName(int type) {
        return switch (type) {
        case NetLib.SOCK_STREAM -> "stream";
        case NetLib.SOCK_DGRAM -> "dgram";
        case NetLib.SOCK_RAW -> "raw";
        case NetLib.SOCK_RDM -> "rdm";
        case NetLib.SOCK_SEQPACKET -> "seqpacket";
        default -> "type" + type;
        };
    }
}
