package org.cruise.core.capture;

import org.cruise.core.sys.NativeException;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * The socket calls the capture makes on descriptors of its own (netlink, duplicates of the
 * target's sockets), bound by JNA direct mapping like {@link org.cruise.core.sys.LibC}. Each
 * returns the raw C result; pass it to {@link NativeException#check} to turn -1 into errno.
 * ioctl is variadic in C; it is bound with a fixed pointer argument, which x86-64 passes in the
 * same register.
 */
final class NetLib {
    static {
        Native.register(NetLib.class, Platform.C_LIBRARY_NAME);
    }

    static final int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, AF_NETLINK = 16, AF_PACKET = 17;
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3, SOCK_RDM = 4, SOCK_SEQPACKET = 5,
            SOCK_CLOEXEC = 02000000;
    static final int IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_UDPLITE = 136;

    static final int SOL_SOCKET = 1, SO_REUSEADDR = 2, SO_TYPE = 3, SO_PROTOCOL = 38, SO_DOMAIN = 39;
    static final int SOL_TCP = 6, TCP_MAXSEG = 2, TCP_INFO = 11, TCP_REPAIR = 19, TCP_REPAIR_QUEUE = 20,
            TCP_QUEUE_SEQ = 21, TCP_TIMESTAMP = 24, TCP_REPAIR_WINDOW = 29;
    static final int TCP_REPAIR_ON = 1, TCP_REPAIR_OFF_NO_WP = -1;
    static final int TCP_NO_QUEUE = 0, TCP_RECV_QUEUE = 1, TCP_SEND_QUEUE = 2;

    static final int MSG_PEEK = 2, MSG_DONTWAIT = 0x40;
    /** SIOCINQ is FIONREAD, SIOCOUTQ is TIOCOUTQ; SIOCOUTQNSD counts bytes not yet sent. */
    static final long SIOCINQ = 0x541B, SIOCOUTQ = 0x5411, SIOCOUTQNSD = 0x894B;

    static final int NETLINK_SOCK_DIAG = 4;
    static final int CLONE_NEWNET = 0x40000000;
    static final int O_RDONLY = 0, O_CLOEXEC = 02000000;

    private NetLib() {
    }

    static native int socket(int domain, int type, int protocol);

    static native int setsockopt(int fd, int level, int name, Pointer value, int len);

    static native int getsockopt(int fd, int level, int name, Pointer value, int[] len);

    static native int ioctl(int fd, long request, Pointer arg);

    static native long recv(int fd, Pointer buf, long len, int flags);

    static native long send(int fd, Pointer buf, long len, int flags);

    static native int setns(int fd, int nstype);

    static native int open(String path, int flags, int mode);

    static native int close(int fd);
}
