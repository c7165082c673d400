package org.cruise.core.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cruise.core.CruiseException;
import org.cruise.core.ExitCode;
import org.cruise.core.sys.NativeException;
import org.cruise.model.CruiseFactory;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.SocketInfo;
import org.cruise.model.TcpRepairState;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.sun.jna.Memory;
import com.sun.jna.Native;

/**
 * The TCP_REPAIR state of the target's established TCP connections (cruise checkpoint --tcp):
 * what a restore needs to recreate each connection without the peer noticing. Needs
 * CAP_NET_ADMIN in the socket's network namespace; the target must be stopped, so that it
 * neither reads nor writes while its queues are copied. No ptrace call is made: the socket is
 * reached through a duplicate of the target's descriptor (pidfd_getfd), which shares the
 * target's socket.
 * <p>
 * Per socket: SO_REUSEADDR is noted; repair mode on; the send queue (TCP_REPAIR_QUEUE =
 * TCP_SEND_QUEUE): TCP_QUEUE_SEQ, SIOCOUTQ, SIOCOUTQNSD and its bytes (recv with MSG_PEEK, which
 * in repair mode reads the chosen queue without consuming it); the receive queue likewise; then
 * TCP_INFO (negotiated options), TCP_MAXSEG, TCP_TIMESTAMP and TCP_REPAIR_WINDOW; repair mode
 * off with TCP_REPAIR_OFF_NO_WP (no window probe goes out: nothing about the connection
 * changed); SO_REUSEADDR put back (switching repair off resets it in the kernel); the duplicate
 * closed. Closing a duplicate does not close the connection, but the duplicate is never closed
 * while still in repair mode: were the target to die meanwhile, ours would be the last reference,
 * and a socket closed in repair mode vanishes without telling the peer.
 * <p>
 * Sequence numbers are where the queues END: sendSeq is write_seq (the sequence number the next
 * byte written will get), recvSeq is rcv_nxt (the next byte expected). A restore sets each
 * queue's TCP_QUEUE_SEQ to these minus the bytes queued in it, then refills the queues.
 * <p>
 * The peer keeps running. Bytes it sends while we read are why the receive queue is read between
 * two reads of rcv_nxt and read again if they differ. ACKs arriving meanwhile can only shorten
 * the send queue from its front; the copy then holds a few bytes the peer already has, which a
 * restore resends and the peer discards as duplicates. The send queue is selected only while it
 * is read: in repair mode with the send queue selected the kernel marks data as sent without
 * transmitting it (it goes out later by retransmission).
 * <p>
 * sndWscale/rcvWscale are -1 when window scaling was not negotiated. Only ESTABLISHED
 * connections are handled; a connection in another state (CLOSE_WAIT, FIN_WAIT*, SYN_SENT, ...)
 * is recorded with its state but without repair state. Urgent data is not handled.
 */
public final class TcpRepairCapture {
    /** tcpi_options bits. */
    private static final int TCPI_OPT_TIMESTAMPS = 1, TCPI_OPT_SACK = 2, TCPI_OPT_WSCALE = 4;
    /** struct tcp_repair_window: snd_wl1, snd_wnd, max_window, rcv_wnd, rcv_wup (u32 each). */
    private static final int REPAIR_WINDOW_SIZE = 20;
    /** Tries to read the receive queue while no segment arrives, before giving up. */
    private static final int RECV_QUEUE_ATTEMPTS = 20;
    private static final int EPERM = 1, EAGAIN = 11, EFAULT = 14;
    /**
     * The send queue is copied skb by skb, whole (tcp_peek_sndq); a partly acknowledged
     * segment can hold more than SIOCOUTQ counts. Room for one more maximal skb first.
     */
    private static final int SEND_PEEK_SLACK = 64 * 1024;

    /**
     * One connection's state and queue contents.
     *
     * @param fd        the target's descriptor
     * @param sendQueue bytes written by the program and not yet acknowledged by the peer (the
     *                  last unsentBytes of them not yet sent at all); store as
     *                  state.getSendQueueFile()
     * @param recvQueue bytes received and not yet read by the program; store as
     *                  state.getRecvQueueFile()
     */
    public record Queues(int fd, TcpRepairState state, byte[] sendQueue, byte[] recvQueue) {
    }

    private TcpRepairCapture() {
    }

    /** The socket descriptors this capture handles: TCP connections in state ESTABLISHED. */
    public static boolean applies(FileDescriptor d) {
        SocketInfo s = d.getSocket();
        return d.getKind() == FdKind.TCP_SOCKET && s != null && "ESTABLISHED".equals(s.getState());
    }

    /**
     * Captures every established TCP connection among fds (as {@link FdCapture} returned them),
     * sets each one's {@link SocketInfo#setTcpRepair} and returns the queue contents. A socket
     * open under several descriptors is read once; the others get a copy of its state naming the
     * same queue files.
     */
    public static List<Queues> capture(int pid, List<FileDescriptor> fds) throws CruiseException {
        List<Queues> out = new ArrayList<>();
        Map<Long, TcpRepairState> byInode = new HashMap<>();
        PidFd pidfd = null;
        try {
            for (FileDescriptor d : fds) {
                if (!applies(d)) {
                    continue;
                }
                TcpRepairState seen = byInode.get(d.getSocket().getInode());
                if (seen != null) {
                    d.getSocket().setTcpRepair(EcoreUtil.copy(seen));
                    continue;
                }
                if (pidfd == null) {
                    pidfd = PidFd.open(pid);
                }
                Queues q = capture(pid, pidfd, d.getFd());
                d.getSocket().setTcpRepair(q.state());
                byInode.put(d.getSocket().getInode(), q.state());
                out.add(q);
            }
        } catch (NativeException e) {
            throw Procfs.failure(pid, e);
        } finally {
            if (pidfd != null) {
                pidfd.close();
            }
        }
        return out;
    }

    private static Queues capture(int pid, PidFd pidfd, int targetFd) throws CruiseException, NativeException {
        int fd = pidfd.duplicate(targetFd);
        try (Memory v = new Memory(256)) {
            Sock s = new Sock(fd, v, "fd " + targetFd + " of pid " + pid);
            int reuse = s.getInt(NetLib.SOL_SOCKET, NetLib.SO_REUSEADDR, "SO_REUSEADDR");
            try {
                s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR, NetLib.TCP_REPAIR_ON, "TCP_REPAIR on");
            } catch (NativeException e) {
                if (e.errno() == EPERM) {
                    throw new CruiseException(ExitCode.TARGET, "TCP repair of fd " + targetFd + " of pid " + pid
                            + " needs CAP_NET_ADMIN: run the checkpoint as root, or without --tcp", e);
                }
                throw e;
            }
            Exception failure = null;
            try {
                return readInRepairMode(s, targetFd);
            } catch (CruiseException | NativeException | RuntimeException e) {
                failure = e;
                throw e;
            } finally {
                try {
                    leaveRepairMode(s, reuse);
                } catch (NativeException e) {
                    // A socket left in repair mode is the worse news: it leads, the cause is attached.
                    if (failure != null) {
                        e.addSuppressed(failure);
                    }
                    throw e;
                }
            }
        } finally {
            NetLib.close(fd);
        }
    }

    private static Queues readInRepairMode(Sock s, int targetFd) throws NativeException, CruiseException {
        TcpRepairState st = CruiseFactory.eINSTANCE.createTcpRepairState();

        s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR_QUEUE, NetLib.TCP_SEND_QUEUE, "TCP_REPAIR_QUEUE send");
        st.setSendSeq(s.getInt(NetLib.SOL_TCP, NetLib.TCP_QUEUE_SEQ, "TCP_QUEUE_SEQ send") & 0xffffffffL);
        int unsent = s.ioctl(NetLib.SIOCOUTQNSD, "SIOCOUTQNSD");
        byte[] send = sendQueue(s);

        s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR_QUEUE, NetLib.TCP_RECV_QUEUE, "TCP_REPAIR_QUEUE recv");
        byte[] recv = null;
        for (int attempt = 0; attempt < RECV_QUEUE_ATTEMPTS && recv == null; attempt++) {
            int before = s.getInt(NetLib.SOL_TCP, NetLib.TCP_QUEUE_SEQ, "TCP_QUEUE_SEQ recv");
            int queued = s.ioctl(NetLib.SIOCINQ, "SIOCINQ");
            byte[] bytes = queued == 0 ? new byte[0] : s.peek(queued, "receive queue");
            int after = s.getInt(NetLib.SOL_TCP, NetLib.TCP_QUEUE_SEQ, "TCP_QUEUE_SEQ recv");
            if (bytes != null && before == after && bytes.length == queued) {
                st.setRecvSeq(after & 0xffffffffL);
                recv = bytes;
            }
        }
        if (recv == null) {
            throw new CruiseException(ExitCode.TARGET, "the receive queue of " + s.what()
                    + " kept changing while it was read (the peer is sending); try again");
        }
        s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR_QUEUE, NetLib.TCP_NO_QUEUE, "TCP_REPAIR_QUEUE none");

        st.setSendQueueBytes(send.length);
        // Bytes acknowledged while we read shortened the queue from its front, never its unsent tail.
        st.setUnsentBytes(Math.min(unsent, send.length));
        st.setRecvQueueBytes(recv.length);
        st.setSendQueueFile("tcp-" + targetFd + "-send.bin");
        st.setRecvQueueFile("tcp-" + targetFd + "-recv.bin");

        byte[] info = s.get(NetLib.SOL_TCP, NetLib.TCP_INFO, 8, "TCP_INFO");
        int options = info[5] & 0xff;
        st.setTimestampsOk((options & TCPI_OPT_TIMESTAMPS) != 0);
        st.setSackOk((options & TCPI_OPT_SACK) != 0);
        if ((options & TCPI_OPT_WSCALE) != 0) {
            st.setSndWscale(info[6] & 0x0f); // tcpi_snd_wscale:4, tcpi_rcv_wscale:4 (low bits first)
            st.setRcvWscale((info[6] >> 4) & 0x0f);
        } else {
            st.setSndWscale(-1);
            st.setRcvWscale(-1);
        }
        st.setMss(s.getInt(NetLib.SOL_TCP, NetLib.TCP_MAXSEG, "TCP_MAXSEG"));
        st.setTimestamp(s.getInt(NetLib.SOL_TCP, NetLib.TCP_TIMESTAMP, "TCP_TIMESTAMP") & 0xffffffffL);
        byte[] w = s.get(NetLib.SOL_TCP, NetLib.TCP_REPAIR_WINDOW, REPAIR_WINDOW_SIZE, "TCP_REPAIR_WINDOW");
        ByteBuffer wb = ByteBuffer.wrap(w).order(ByteOrder.LITTLE_ENDIAN);
        st.setSndWl1(wb.getInt() & 0xffffffffL);
        st.setSndWnd(wb.getInt() & 0xffffffffL);
        st.setMaxWindow(wb.getInt() & 0xffffffffL);
        st.setRcvWnd(wb.getInt() & 0xffffffffL);
        st.setRcvWup(wb.getInt() & 0xffffffffL);
        return new Queues(targetFd, st, send, recv);
    }

    /**
     * The bytes from snd_una to write_seq. The copy may begin earlier (a partly acknowledged
     * segment is copied whole) and the queue may shrink meanwhile (ACKs); both only change its
     * front, so the bytes are the copy's last SIOCOUTQ bytes as counted after the copy.
     */
    private static byte[] sendQueue(Sock s) throws NativeException {
        int size = s.ioctl(NetLib.SIOCOUTQ, "SIOCOUTQ");
        if (size == 0) {
            return new byte[0];
        }
        for (long room = size + SEND_PEEK_SLACK; room <= Integer.MAX_VALUE / 2; room *= 2) {
            byte[] copy = s.peek((int) room, "send queue");
            if (copy != null) {
                int now = s.ioctl(NetLib.SIOCOUTQ, "SIOCOUTQ");
                return Arrays.copyOfRange(copy, Math.max(0, copy.length - now), copy.length);
            }
        }
        throw new NativeException("recv(MSG_PEEK) of the send queue of " + s.what() + " (" + size + " bytes)", EFAULT);
    }

    /**
     * Repair mode off without a window probe, then SO_REUSEADDR as it was. If repair mode cannot
     * be left, the failure says so: the program's socket would stay in repair mode.
     */
    private static void leaveRepairMode(Sock s, int reuse) throws NativeException {
        try {
            s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR, NetLib.TCP_REPAIR_OFF_NO_WP, "TCP_REPAIR off");
        } catch (NativeException first) {
            try {
                s.setInt(NetLib.SOL_TCP, NetLib.TCP_REPAIR, NetLib.TCP_REPAIR_OFF_NO_WP, "TCP_REPAIR off");
            } catch (NativeException again) {
                throw new NativeException("TCP_REPAIR off for " + s.what() + " failed twice; the connection is "
                        + "left in repair mode and will not carry data", again.errno());
            }
        }
        if (reuse != 0) {
            s.setInt(NetLib.SOL_SOCKET, NetLib.SO_REUSEADDR, reuse, "SO_REUSEADDR");
        }
    }

    /** Socket option and ioctl calls on our duplicate, with errors naming the target's socket. */
    private record Sock(int fd, Memory v, String what) {
        int getInt(int level, int name, String opt) throws NativeException {
            return ByteBuffer.wrap(get(level, name, 4, opt)).order(ByteOrder.LITTLE_ENDIAN).getInt();
        }

        byte[] get(int level, int name, int size, String opt) throws NativeException {
            int[] len = { size };
            NativeException.check(NetLib.getsockopt(fd, level, name, v, len), "getsockopt(" + opt + ") on " + what);
            return v.getByteArray(0, Math.min(size, len[0]));
        }

        void setInt(int level, int name, int value, String opt) throws NativeException {
            v.setInt(0, value);
            NativeException.check(NetLib.setsockopt(fd, level, name, v, 4), "setsockopt(" + opt + ") on " + what);
        }

        int ioctl(long request, String name) throws NativeException {
            v.setInt(0, 0);
            NativeException.check(NetLib.ioctl(fd, request, v), "ioctl(" + name + ") on " + what);
            return v.getInt(0);
        }

        /**
         * Copies up to len bytes of the selected queue without consuming them: an empty array if
         * the queue is empty, null if the send queue did not fit (EFAULT: copy with more room).
         */
        byte[] peek(int len, String queue) throws NativeException {
            try (Memory buf = new Memory(len)) {
                long n = NetLib.recv(fd, buf, len, NetLib.MSG_PEEK | NetLib.MSG_DONTWAIT);
                if (n == -1) {
                    int errno = Native.getLastError();
                    if (errno == EAGAIN) {
                        return new byte[0];
                    }
                    if (errno == EFAULT) {
                        return null;
                    }
                    throw new NativeException("recv(MSG_PEEK) of the " + queue + " of " + what, errno);
                }
                return buf.getByteArray(0, (int) n);
            }
        }
    }
}
