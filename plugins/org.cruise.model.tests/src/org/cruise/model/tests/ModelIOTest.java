package org.cruise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cruise.model.ChangeKind;
import org.cruise.model.CheckpointConfig;
import org.cruise.model.DestinationKind;
import org.cruise.model.FileDescriptor;
import org.cruise.model.MemoryRegion;
import org.cruise.model.ProcessInfo;
import org.cruise.model.ProgramDiff;
import org.cruise.model.RegionKind;
import org.cruise.model.Snapshot;
import org.cruise.model.TcpRepairState;
import org.cruise.model.ThreadState;
import org.cruise.model.UpdateConfig;
import org.cruise.model.io.ModelIO;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelIOTest {

  private static final String XMI_HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String NAMESPACES =
      "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:cruise=\"http://cruise.org/model/1.0\"";

  @TempDir
  Path dir;

  private <T extends EObject> T roundTrip(T original, Class<T> type) throws IOException {
    Path file = dir.resolve(type.getSimpleName() + ".xmi");
    ModelIO.save(original, file);
    T loaded = ModelIO.load(file, type);
    assertNotSame(original, loaded);
    assertTrue(EcoreUtil.equals(original, loaded),
        () -> "differs after a round trip through XMI:\n" + readString(file));
    return loaded;
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e + ")";
    }
  }

  @Test
  void snapshotRoundTrip() throws IOException {
    Snapshot loaded = roundTrip(ModelFixtures.snapshot(), Snapshot.class);

    // Spot checks of values that only survive if 64-bit values are kept exactly.
    MemoryRegion vsyscall = loaded.getRegions().get(3);
    assertEquals(RegionKind.VSYSCALL, vsyscall.getKind());
    assertEquals(0xffffffffff600000L, vsyscall.getStart());
    assertEquals("ffffffffff601000", Long.toHexString(vsyscall.getEnd()));
    assertEquals(ModelFixtures.SIGMASK, loaded.getThreads().get(0).getSigmask());
    assertEquals(-1L, loaded.getProcess().getRlimits().get(1).getHard());
    assertEquals(0xdeadbeefcafef00dL, loaded.getFileDescriptors().get(2).getEpollWatches().get(0).getData());
    assertEquals(-516L, loaded.getThreads().get(1).getRegisters().getRax());
    assertEquals(0x7ffc1a3fe000L, loaded.getProcess().getAuxv().get(0).getValue());
    assertEquals(0x55d0c1f5f000L, loaded.getProcess().getMm().getBrk());

    TcpRepairState repair = loaded.getFileDescriptors().get(4).getSocket().getTcpRepair();
    assertEquals(0xfffffff0L, repair.getSendSeq());
    assertEquals("tcp-6.sndq", repair.getSendQueueFile());
    assertTrue(repair.isSackOk());

    ThreadState worker = loaded.getThreads().get(1);
    assertEquals("w\u00f6rker-1", worker.getName());
    assertEquals(List.of(0, 1), worker.getFrames().stream().map(f -> f.getIndex()).toList());
    assertEquals(List.of("rd", "wr", "mr", "mw", "me", "gd", "ac"), loaded.getRegions().get(2).getFlags());
    assertEquals(List.of("/srv/httpd/bin/httpd", "-v", "-v"), loaded.getProcess().getCmdline());

    FileDescriptor eventfd = loaded.getFileDescriptors().get(5);
    assertEquals("eventfd-count:                3\neventfd-id: 12", eventfd.getDetails());
    assertNull(loaded.getFileDescriptors().get(0).getSocket());

    assertEquals(ModelFixtures.CREATED, loaded.getCreated());
    assertEquals(ModelFixtures.CREATED.getTime() - 3, loaded.getTrigger().getTime().getTime());
  }

  @Test
  void checkpointConfigRoundTrip() throws IOException {
    CheckpointConfig loaded = roundTrip(ModelFixtures.checkpointConfig(), CheckpointConfig.class);

    // argv repeats "-v": a unique list would have dropped the second one already when it was built.
    assertEquals(List.of("/srv/httpd/bin/httpd", "-v", "-v", "--port=8080"), loaded.getCommand());
    assertEquals(List.of("handle_request", "parse_header.constprop.0", "libssl.so.3:SSL_read"), loaded.getFunctions());
    assertEquals(1_500L, loaded.getMinIntervalMillis());
    assertEquals(5, loaded.getKeepLast());
    assertTrue(loaded.isTcp());
  }

  @Test
  void updateConfigRoundTrip() throws IOException {
    UpdateConfig loaded = roundTrip(ModelFixtures.updateConfig(), UpdateConfig.class);

    assertEquals(DestinationKind.PID, loaded.getDestination());
    assertEquals(4242, loaded.getDestinationPid());
    assertTrue(loaded.isUpdatedFunctionsAuto());
    assertNull(loaded.getUpdatedFunctionsFile());
    assertNull(loaded.getSnapshot());
    assertEquals(30_000L, loaded.getTimeoutMillis());
  }

  @Test
  void programDiffRoundTrip() throws IOException {
    ProgramDiff loaded = roundTrip(ModelFixtures.programDiff(), ProgramDiff.class);

    assertEquals(List.of(ChangeKind.MODIFIED, ChangeKind.UNCHANGED, ChangeKind.ADDED, ChangeKind.REMOVED),
        loaded.getFunctions().stream().map(c -> c.getKind()).toList());
    assertEquals("", loaded.getFunctions().get(0).getScope());
    assertEquals("log.c", loaded.getFunctions().get(1).getScope());
    assertEquals("size 16 -> 24", loaded.getData().get(0).getReason());
  }

  @Test
  void emptyObjectsRoundTripWithTheirDefaults() throws IOException {
    CheckpointConfig checkpoint = roundTrip(ModelFixtures.F.createCheckpointConfig(), CheckpointConfig.class);
    assertEquals(0, checkpoint.getPid());
    assertEquals(0, checkpoint.getKeepLast());
    assertEquals(0L, checkpoint.getMinIntervalMillis());
    assertEquals(false, checkpoint.isTcp());
    assertTrue(checkpoint.getCommand().isEmpty());
    assertNull(checkpoint.getProgram());

    UpdateConfig update = roundTrip(ModelFixtures.F.createUpdateConfig(), UpdateConfig.class);
    assertEquals(DestinationKind.LAUNCH, update.getDestination());
    assertEquals(0L, update.getTimeoutMillis());
  }

  @Test
  void savesUtf8XmiInTheCruiseNamespace() throws IOException {
    Path file = dir.resolve("manifest.xmi");
    ModelIO.save(ModelFixtures.snapshot(), file);

    String text = readString(file);
    assertTrue(text.startsWith(XMI_HEADER), text);
    assertTrue(text.contains("<cruise:Snapshot "), text);
    assertTrue(text.contains("xmlns:cruise=\"http://cruise.org/model/1.0\""), text);
    assertTrue(text.contains("name=\"w\u00f6rker-1\""), "non-ASCII must be written as UTF-8:\n" + text);
  }

  @Test
  void saveLeavesTheCallersObjectsWhereTheyAre() throws IOException {
    Snapshot snapshot = ModelFixtures.snapshot();
    Resource resource = new XMIResourceImpl(URI.createURI("memory:/snapshot.xmi"));
    resource.getContents().add(snapshot);
    ProcessInfo process = snapshot.getProcess();

    ModelIO.save(snapshot, dir.resolve("snapshot.xmi"));
    Path processFile = dir.resolve("process.xmi");
    ModelIO.save(process, processFile);

    assertSame(resource, snapshot.eResource());
    assertSame(snapshot, process.eContainer());
    assertSame(process, snapshot.getProcess());
    assertTrue(EcoreUtil.equals(process, ModelIO.load(processFile, ProcessInfo.class)));
  }

  @Test
  void saveReplacesAnExistingFileAndLeavesNoTemporaryFiles() throws IOException {
    Path file = dir.resolve("checkpoint.xmi");
    ModelIO.save(ModelFixtures.checkpointConfig(), file);
    CheckpointConfig second = ModelFixtures.checkpointConfig();
    second.setProgram("/srv/httpd/bin/httpd-1.1");
    second.getFunctions().clear();
    ModelIO.save(second, file);

    assertTrue(EcoreUtil.equals(second, ModelIO.load(file, CheckpointConfig.class)));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void saveIntoAMissingDirectoryNamesTheFile() {
    Path file = dir.resolve("no-such-dir").resolve("manifest.xmi");
    IOException e = assertThrows(IOException.class, () -> ModelIO.save(ModelFixtures.snapshot(), file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
  }

  @Test
  void aFailedSaveNamesTheFileAndLeavesNoTemporaryFile() throws IOException {
    Path file = Files.createDirectory(dir.resolve("manifest.xmi"));
    write("manifest.xmi/keep", "a directory cannot be replaced by a file");

    IOException e = assertThrows(IOException.class, () -> ModelIO.save(ModelFixtures.snapshot(), file));
    assertTrue(e.getMessage().startsWith(file + ": cannot save: "), e.getMessage());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void loadingTheWrongRootTypeNamesTheFileAndBothTypes() throws IOException {
    Path file = dir.resolve("checkpoint.xmi");
    ModelIO.save(ModelFixtures.checkpointConfig(), file);

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, Snapshot.class));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("CheckpointConfig"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a Snapshot"), e.getMessage());

    // The same file still loads as what it is.
    assertEquals("/srv/httpd/bin/httpd", ModelIO.load(file, CheckpointConfig.class).getProgram());
  }

  @Test
  void loadingAFileWithoutRootNamesTheFile() throws IOException {
    Path file = write("empty.xmi", XMI_HEADER + "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, Snapshot.class));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("no model object"), e.getMessage());
  }

  @Test
  void loadingAFileWithSeveralRootsFails() throws IOException {
    Path file = write("two.xmi", XMI_HEADER + "<xmi:XMI " + NAMESPACES + ">\n"
        + "  <cruise:Snapshot id=\"a\"/>\n  <cruise:Snapshot id=\"b\"/>\n</xmi:XMI>\n");

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, Snapshot.class));
    assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains("2 root objects"), e.getMessage());
  }

  @Test
  void loadingMalformedXmlNamesTheFile() throws IOException {
    Path file = write("broken.xmi", XMI_HEADER + "<cruise:Snapshot " + NAMESPACES + " id=\"x\">\n");

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, Snapshot.class));
    assertTrue(e.getMessage().matches("\\Q" + file + "\\E:\\d+:\\d+: cannot load: .+"), e.getMessage());
  }

  @Test
  void loadingAnUnknownAttributeNamesTheFileAndTheAttribute() throws IOException {
    Path file = write("typo.xmi", XMI_HEADER + "<cruise:CheckpointConfig " + NAMESPACES + " stroe=\"/tmp\"/>\n");

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, CheckpointConfig.class));
    assertTrue(e.getMessage().matches("\\Q" + file + "\\E:2:\\d+: cannot load: Feature 'stroe' not found\\."),
        e.getMessage());
  }

  @Test
  void loadingRefusesADoctype() throws IOException {
    Path secret = write("secret.txt", "top secret");
    Path file = write("xxe.xmi", XMI_HEADER + "<!DOCTYPE cruise:CheckpointConfig [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<cruise:CheckpointConfig " + NAMESPACES + ">\n"
        + "  <program>&xxe;</program>\n</cruise:CheckpointConfig>\n");

    IOException e = assertThrows(IOException.class, () -> ModelIO.load(file, CheckpointConfig.class));
    assertTrue(e.getMessage().startsWith(file.toString() + ":2:"), e.getMessage());
    assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
  }

  @Test
  void loadingAMissingFileReportsIt() {
    Path file = dir.resolve("missing.xmi");
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ModelIO.load(file, Snapshot.class));
    assertEquals(file.toString(), e.getFile());
  }

  private Path write(String name, String contents) throws IOException {
    return Files.writeString(dir.resolve(name), contents, StandardCharsets.UTF_8);
  }
}
