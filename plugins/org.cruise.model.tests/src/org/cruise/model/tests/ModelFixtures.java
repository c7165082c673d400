package org.cruise.model.tests;

import java.util.Date;
import java.util.List;

import org.cruise.model.AuxvEntry;
import org.cruise.model.ChangeKind;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.CruiseFactory;
import org.cruise.model.DestinationKind;
import org.cruise.model.EpollWatch;
import org.cruise.model.FdKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.Frame;
import org.cruise.model.MemoryRegion;
import org.cruise.model.MmLayout;
import org.cruise.model.ProcessInfo;
import org.cruise.model.ProgramDiff;
import org.cruise.model.RegionKind;
import org.cruise.model.Registers;
import org.cruise.model.Rlimit;
import org.cruise.model.SignalAction;
import org.cruise.model.Snapshot;
import org.cruise.model.SnapshotFile;
import org.cruise.model.SocketInfo;
import org.cruise.model.SymbolChange;
import org.cruise.model.TcpRepairState;
import org.cruise.model.ThreadState;
import org.cruise.model.TriggerEvent;
import org.cruise.model.UpdateConfig;

/**
 * Fully populated model objects with realistic values of a small x86-64 PIE server, including values
 * that only make sense as unsigned 64-bit numbers.
 */
final class ModelFixtures {

  static final CruiseFactory F = CruiseFactory.eINSTANCE;

  /** Start of the legacy vsyscall page: negative as a signed long. */
  static final long VSYSCALL_START = 0xffffffffff600000L;
  static final long VSYSCALL_END = 0xffffffffff601000L;
  static final long STACK_START = 0x7ffc1a2b3000L;
  static final long STACK_END = 0x7ffc1a2d4000L;
  /** All signals blocked except SIGKILL/SIGSTOP-style holes: high bit set. */
  static final long SIGMASK = 0xfffffffe7ffbfeffL;
  /** RLIM_INFINITY as stored: all ones. */
  static final long RLIM_INFINITY = -1L;
  static final Date CREATED = new Date(1_795_000_000_123L);

  private ModelFixtures() {
  }

  static CheckpointConfig checkpointConfig() {
    CheckpointConfig config = F.createCheckpointConfig();
    config.setProgram("/srv/httpd/bin/httpd");
    config.setPid(0);
    // argv may repeat entries: the attribute must not be a unique list.
    config.getCommand().addAll(List.of("/srv/httpd/bin/httpd", "-v", "-v", "--port=8080"));
    config.setStore("/var/lib/cruise/httpd");
    config.getFunctions().addAll(List.of("handle_request", "parse_header.constprop.0", "libssl.so.3:SSL_read"));
    config.setKeepLast(5);
    config.setMinIntervalMillis(1_500L);
    config.setTcp(true);
    return config;
  }

  static UpdateConfig updateConfig() {
    UpdateConfig config = F.createUpdateConfig();
    config.setOldProgram("/srv/httpd/bin/httpd-1.0");
    config.setNewProgram("/srv/httpd/bin/httpd-1.1");
    config.setPid(4242);
    config.setUpdatedFunctionsAuto(true);
    config.setDestination(DestinationKind.PID);
    config.setDestinationPid(4242);
    config.setTimeoutMillis(30_000L);
    config.setAllowDataChange(true);
    return config;
  }

  static ProgramDiff programDiff() {
    ProgramDiff diff = F.createProgramDiff();
    diff.setOldProgram("/srv/httpd/bin/httpd-1.0");
    diff.setNewProgram("/srv/httpd/bin/httpd-1.1");
    diff.setOldBuildId("4f2a9c0e1b7d33a8c6e5f4d2b1a09876543210fe");
    diff.setNewBuildId("9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807");
    diff.getFunctions().add(symbol("handle_request", "", ChangeKind.MODIFIED, 0x1240, 0x1a0, 0x1270, 0x1c8, "code differs"));
    diff.getFunctions().add(symbol("log_line", "log.c", ChangeKind.UNCHANGED, 0x1500, 0x40, 0x1530, 0x40, null));
    diff.getFunctions().add(symbol("rate_limit", "", ChangeKind.ADDED, 0, 0, 0x1600, 0x90, null));
    diff.getFunctions().add(symbol("old_helper", "util.c", ChangeKind.REMOVED, 0x1700, 0x30, 0, 0, null));
    diff.getData().add(symbol("counters", "", ChangeKind.MODIFIED, 0x4010, 16, 0x4040, 24, "size 16 -> 24"));
    return diff;
  }

  private static SymbolChange symbol(String name, String scope, ChangeKind kind, long oldAddress, long oldSize,
      long newAddress, long newSize, String reason) {
    SymbolChange change = F.createSymbolChange();
    change.setName(name);
    change.setScope(scope);
    change.setKind(kind);
    change.setOldAddress(oldAddress);
    change.setOldSize(oldSize);
    change.setNewAddress(newAddress);
    change.setNewSize(newSize);
    change.setReason(reason);
    return change;
  }

  static Snapshot snapshot() {
    Snapshot snapshot = F.createSnapshot();
    snapshot.setFormatVersion(1);
    snapshot.setId("20261126-125501-0007");
    snapshot.setCreated(CREATED);
    snapshot.setProcess(process());
    snapshot.getThreads().add(thread(4242, "httpd", 0x55d0c0a01240L, 3));
    snapshot.getThreads().add(thread(4243, "w\u00f6rker-1", 0x7f3a5c2e8d1aL, 2));
    snapshot.getRegions().add(region(0x55d0c0a00000L, 0x55d0c0a02000L, "r-xp", RegionKind.FILE_PRIVATE,
        "/srv/httpd/bin/httpd", 0x1000, false, "rd", "ex", "mr", "mw", "me", "dw"));
    snapshot.getRegions().add(region(0x55d0c1f3e000L, 0x55d0c1f5f000L, "rw-p", RegionKind.HEAP, "[heap]", 0, true,
        "rd", "wr", "mr", "mw", "me", "ac"));
    snapshot.getRegions().add(region(STACK_START, STACK_END, "rw-p", RegionKind.STACK, "[stack]", 0, true,
        "rd", "wr", "mr", "mw", "me", "gd", "ac"));
    snapshot.getRegions().add(region(VSYSCALL_START, VSYSCALL_END, "--xp", RegionKind.VSYSCALL, "[vsyscall]", 0,
        false));
    snapshot.getFileDescriptors().add(fd(0, FdKind.TTY, "/dev/pts/3", 0x8002, 0, false, null));
    snapshot.getFileDescriptors().add(fd(3, FdKind.REGULAR, "/var/log/httpd/access.log", 0x8441, 0x1_0000_0000L, true,
        null));
    FileDescriptor epoll = fd(4, FdKind.EPOLL, "anon_inode:[eventpoll]", 0x80002, 0, true, null);
    epoll.getEpollWatches().add(watch(5, 0x19, 0xdeadbeefcafef00dL));
    epoll.getEpollWatches().add(watch(6, 0x1, 6));
    snapshot.getFileDescriptors().add(epoll);
    FileDescriptor listener = fd(5, FdKind.TCP_SOCKET, "socket:[90211]", 0x2, 0, true, null);
    listener.setSocket(socket("LISTEN", 0, 128, null));
    snapshot.getFileDescriptors().add(listener);
    FileDescriptor connection = fd(6, FdKind.TCP_SOCKET, "socket:[90377]", 0x802, 0, true, null);
    connection.setSocket(socket("ESTABLISHED", 51734, 0, tcpRepair()));
    snapshot.getFileDescriptors().add(connection);
    snapshot.getFileDescriptors().add(fd(7, FdKind.EVENTFD, "anon_inode:[eventfd]", 0x80802, 0, true,
        "eventfd-count:                3\neventfd-id: 12"));
    snapshot.getSignalActions().add(signal(1, "SIGHUP", 0x55d0c0a01600L, 0x7f3a5c242050L, 0x14000000L, 0, "reload"));
    snapshot.getSignalActions().add(signal(13, "SIGPIPE", 1, 0, 0, 0, null));
    snapshot.getSignalActions().add(signal(15, "SIGTERM", 0x55d0c0a01680L, 0x7f3a5c242050L, 0x14000000L, SIGMASK,
        "shutdown"));
    snapshot.setTrigger(trigger());
    snapshot.getFiles().add(file("core.img", 1_118_208L, "3b5d3c7d207e37dceeedd301e35e2e58408e5a4e7bd9a1f1b5f19c1dd6fa2c61"));
    snapshot.getFiles().add(file("tcp-6.sndq", 517L, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    return snapshot;
  }

  private static ProcessInfo process() {
    ProcessInfo process = F.createProcessInfo();
    process.setPid(4242);
    process.setPpid(1);
    process.setExePath("/srv/httpd/bin/httpd");
    process.setExeBuildId("4f2a9c0e1b7d33a8c6e5f4d2b1a09876543210fe");
    process.setCwd("/srv/httpd");
    process.getCmdline().addAll(List.of("/srv/httpd/bin/httpd", "-v", "-v"));
    process.setPersonality(0x0040000);
    process.getRlimits().add(rlimit("RLIMIT_NOFILE", 1024, 524288));
    process.getRlimits().add(rlimit("RLIMIT_STACK", 8L << 20, RLIM_INFINITY));
    process.getRlimits().add(rlimit("RLIMIT_CORE", 0, RLIM_INFINITY));
    process.getAuxv().add(auxv(33, 0x7ffc1a3fe000L)); // AT_SYSINFO_EHDR
    process.getAuxv().add(auxv(6, 4096)); // AT_PAGESZ
    process.getAuxv().add(auxv(9, 0x55d0c0a01040L)); // AT_ENTRY
    process.getAuxv().add(auxv(16, 0x178bfbffL)); // AT_HWCAP
    process.getAuxv().add(auxv(25, STACK_END - 0x2a7)); // AT_RANDOM

    MmLayout mm = F.createMmLayout();
    mm.setStartCode(0x55d0c0a01000L);
    mm.setEndCode(0x55d0c0a01f85L);
    mm.setStartData(0x55d0c0a03d90L);
    mm.setEndData(0x55d0c0a04010L);
    mm.setStartBrk(0x55d0c1f3e000L);
    mm.setBrk(0x55d0c1f5f000L);
    mm.setStartStack(STACK_END - 0x1f40);
    mm.setArgStart(STACK_END - 0x1e00);
    mm.setArgEnd(STACK_END - 0x1dd0);
    mm.setEnvStart(STACK_END - 0x1dd0);
    mm.setEnvEnd(STACK_END - 0x1018);
    process.setMm(mm);
    return process;
  }

  private static ThreadState thread(int tid, String name, long rip, int frames) {
    ThreadState thread = F.createThreadState();
    thread.setTid(tid);
    thread.setName(name);
    Registers regs = F.createRegisters();
    regs.setR15(0);
    regs.setR14(0x7f3a5c4d0000L);
    regs.setR13(STACK_END - 0x1e48);
    regs.setR12(1);
    regs.setRbp(STACK_END - 0x2000);
    regs.setRbx(0x55d0c1f3e2a0L);
    regs.setR11(0x246);
    regs.setR10(8);
    regs.setR9(0x7f3a5c40c000L);
    regs.setR8(-1L);
    regs.setRax(-516L); // -ERESTART_RESTARTBLOCK, as seen in clock_nanosleep
    regs.setRcx(0x7f3a5c2e8d1aL);
    regs.setRdx(0);
    regs.setRsi(0);
    regs.setRdi(0);
    regs.setOrigRax(230);
    regs.setRip(rip);
    regs.setCs(0x33);
    regs.setEflags(0x246);
    regs.setRsp(STACK_END - 0x2100);
    regs.setSs(0x2b);
    regs.setDs(0);
    regs.setEs(0);
    regs.setFs(0);
    regs.setGs(0);
    thread.setRegisters(regs);
    thread.setFsBase(0x7f3a5c1b7740L);
    thread.setGsBase(0);
    thread.setSigmask(SIGMASK);
    thread.setXstateSize(2696);
    String[] functions = {"handle_request", "serve", "main"};
    for (int i = 0; i < frames; i++) {
      Frame frame = F.createFrame();
      frame.setIndex(i);
      frame.setPc(rip + 0x40L * i);
      frame.setFunction(functions[i]);
      frame.setOffset(0x1aL + i);
      frame.setModule("/srv/httpd/bin/httpd");
      frame.setCfa(STACK_END - 0x2100 + 0x30L * (i + 1));
      frame.setReturnAddressSlot(i == frames - 1 ? 0 : STACK_END - 0x2100 + 0x30L * (i + 1) - 8);
      frame.setSourceFile("server.c");
      frame.setLine(100 + i);
      thread.getFrames().add(frame);
    }
    return thread;
  }

  static MemoryRegion region(long start, long end, String permissions, RegionKind kind, String path, long offset,
      boolean saved, String... flags) {
    MemoryRegion region = F.createMemoryRegion();
    region.setStart(start);
    region.setEnd(end);
    region.setPermissions(permissions);
    region.getFlags().addAll(List.of(flags));
    region.setKind(kind);
    region.setPath(path);
    region.setOffset(offset);
    boolean fileBacked = kind == RegionKind.FILE_PRIVATE || kind == RegionKind.FILE_SHARED;
    region.setDevice(fileBacked ? "fd:01" : "00:00");
    region.setInode(fileBacked ? 1_835_042L : 0);
    region.setBuildId(fileBacked ? "4f2a9c0e1b7d33a8c6e5f4d2b1a09876543210fe" : null);
    region.setSaved(saved);
    return region;
  }

  private static FileDescriptor fd(int number, FdKind kind, String path, int flags, long offset, boolean cloexec,
      String details) {
    FileDescriptor fd = F.createFileDescriptor();
    fd.setFd(number);
    fd.setKind(kind);
    fd.setPath(path);
    fd.setFlags(flags);
    fd.setOffset(offset);
    fd.setCloseOnExec(cloexec);
    fd.setDetails(details);
    return fd;
  }

  private static EpollWatch watch(int target, int events, long data) {
    EpollWatch watch = F.createEpollWatch();
    watch.setTargetFd(target);
    watch.setEvents(events);
    watch.setData(data);
    return watch;
  }

  private static SocketInfo socket(String state, int remotePort, int backlog, TcpRepairState repair) {
    SocketInfo socket = F.createSocketInfo();
    socket.setFamily("inet");
    socket.setType("stream");
    socket.setLocalAddress("127.0.0.1");
    socket.setLocalPort(8080);
    socket.setRemoteAddress(remotePort == 0 ? "0.0.0.0" : "127.0.0.1");
    socket.setRemotePort(remotePort);
    socket.setState(state);
    socket.setBacklog(backlog);
    socket.setInode(remotePort == 0 ? 90211 : 90377);
    socket.setTcpRepair(repair);
    return socket;
  }

  private static TcpRepairState tcpRepair() {
    TcpRepairState repair = F.createTcpRepairState();
    repair.setSendSeq(0xfffffff0L); // sequence numbers are unsigned 32-bit values
    repair.setRecvSeq(0x8badf00dL);
    repair.setSendQueueBytes(517);
    repair.setRecvQueueBytes(0);
    repair.setUnsentBytes(17);
    repair.setSendQueueFile("tcp-6.sndq");
    repair.setRecvQueueFile("tcp-6.rcvq");
    repair.setMss(65483);
    repair.setSndWscale(7);
    repair.setRcvWscale(7);
    repair.setTimestamp(3_141_592_653L);
    repair.setSackOk(true);
    repair.setTimestampsOk(true);
    repair.setSndWl1(0x8badf00dL);
    repair.setSndWnd(65536);
    repair.setMaxWindow(65536);
    repair.setRcvWnd(65483);
    repair.setRcvWup(0x8badf00dL);
    return repair;
  }

  private static SignalAction signal(int number, String name, long handler, long restorer, long flags, long mask,
      String symbol) {
    SignalAction action = F.createSignalAction();
    action.setSignal(number);
    action.setName(name);
    action.setHandler(handler);
    action.setRestorer(restorer);
    action.setFlags(flags);
    action.setMask(mask);
    action.setHandlerSymbol(symbol);
    return action;
  }

  private static TriggerEvent trigger() {
    TriggerEvent trigger = F.createTriggerEvent();
    trigger.setFunction("handle_request");
    trigger.setThreadId(4242);
    trigger.setPc(0x55d0c0a013e0L);
    trigger.setReturnValue(-1L);
    trigger.setTime(new Date(CREATED.getTime() - 3));
    trigger.setBackend("uprobe");
    trigger.setSequence(7);
    return trigger;
  }

  private static Rlimit rlimit(String resource, long soft, long hard) {
    Rlimit rlimit = F.createRlimit();
    rlimit.setResource(resource);
    rlimit.setSoft(soft);
    rlimit.setHard(hard);
    return rlimit;
  }

  private static AuxvEntry auxv(long type, long value) {
    AuxvEntry entry = F.createAuxvEntry();
    entry.setType(type);
    entry.setValue(value);
    return entry;
  }

  private static SnapshotFile file(String name, long size, String sha256) {
    SnapshotFile file = F.createSnapshotFile();
    file.setName(name);
    file.setSize(size);
    file.setSha256(sha256);
    return file;
  }
}
