package org.cruise.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.util.List;

import org.cruise.model.CheckpointConfig;
import org.cruise.model.CruisePackage;
import org.cruise.model.MemoryRegion;
import org.cruise.model.RegionKind;
import org.cruise.model.Snapshot;
import org.eclipse.emf.common.util.BasicEList;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;

/** The generated model: package identity, multiplicities, and the operations and code added to it. */
class ModelTest {

  @Test
  void packageIdentity() {
    assertEquals("model", CruisePackage.eNAME);
    assertEquals("http://cruise.org/model/1.0", CruisePackage.eNS_URI);
    assertEquals("cruise", CruisePackage.eNS_PREFIX);
    assertSame(CruisePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(CruisePackage.eNS_URI));
  }

  @Test
  void multiValuedStringsAreOrderedListsThatAllowDuplicates() {
    List<EAttribute> lists = List.of(CruisePackage.Literals.CHECKPOINT_CONFIG__COMMAND,
        CruisePackage.Literals.CHECKPOINT_CONFIG__FUNCTIONS, CruisePackage.Literals.PROCESS_INFO__CMDLINE,
        CruisePackage.Literals.MEMORY_REGION__FLAGS);
    for (EAttribute attribute : lists) {
      assertTrue(attribute.isMany(), attribute.getName());
      assertTrue(attribute.isOrdered(), attribute.getName());
      assertFalse(attribute.isUnique(), attribute.getName());
    }
    CheckpointConfig config = ModelFixtures.F.createCheckpointConfig();
    config.getCommand().addAll(List.of("sleep", "1", "1"));
    assertEquals(List.of("sleep", "1", "1"), config.getCommand());
  }

  @Test
  void populatedSnapshotIsValid() {
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ModelFixtures.snapshot());
    assertEquals(Diagnostic.OK, diagnostic.getSeverity(), () -> diagnostic.toString());
  }

  @Test
  void snapshotRequiresProcessAndThreadsRequireRegisters() {
    Snapshot withoutProcess = ModelFixtures.snapshot();
    withoutProcess.setProcess(null);
    assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(withoutProcess).getSeverity());

    Snapshot withoutRegisters = ModelFixtures.snapshot();
    withoutRegisters.getThreads().get(1).setRegisters(null);
    assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(withoutRegisters).getSeverity());
  }

  @Test
  void regionSizeAndContainsTreatAddressesAsUnsigned() {
    MemoryRegion vsyscall = ModelFixtures.region(ModelFixtures.VSYSCALL_START, ModelFixtures.VSYSCALL_END, "--xp",
        RegionKind.VSYSCALL, "[vsyscall]", 0, false);

    assertEquals(0x1000L, vsyscall.size());
    assertTrue(vsyscall.contains(0xffffffffff600000L));
    assertTrue(vsyscall.contains(0xffffffffff600fffL));
    assertFalse(vsyscall.contains(0xffffffffff601000L), "end is exclusive");
    assertFalse(vsyscall.contains(0xffffffffff5fffffL));
    assertFalse(vsyscall.contains(0x1000L), "a small address is below, not above, a high region");

    MemoryRegion stack = ModelFixtures.region(ModelFixtures.STACK_START, ModelFixtures.STACK_END, "rw-p",
        RegionKind.STACK, "[stack]", 0, true);
    assertEquals(0x21000L, stack.size());
    assertFalse(stack.contains(0xffffffffff600000L), "a high address is above, not below, the stack");
  }

  @Test
  void regionOperationsAreReflective() throws InvocationTargetException {
    MemoryRegion region = ModelFixtures.region(0x1000, 0x3000, "r--p", RegionKind.ANONYMOUS, null, 0, false);

    assertEquals(0x2000L, region.eInvoke(CruisePackage.Literals.MEMORY_REGION___SIZE, new BasicEList<>()));
    assertEquals(Boolean.TRUE,
        region.eInvoke(CruisePackage.Literals.MEMORY_REGION___CONTAINS__LONG, new BasicEList<>(List.of(0x2fffL))));
  }

  /** Hand-written ({@code @generated NOT}) code in src-gen; fails if a regeneration dropped it. */
  @Test
  void regionPrintsAsItsMapsLine() {
    MemoryRegion stack = ModelFixtures.region(ModelFixtures.STACK_START, ModelFixtures.STACK_END, "rw-p",
        RegionKind.STACK, "[stack]", 0, true, "rd", "wr", "gd");
    assertEquals("7ffc1a2b3000-7ffc1a2d4000 rw-p 00000000 00:00 0 [stack] (STACK, flags: rd wr gd, saved)",
        stack.toString());

    MemoryRegion text = ModelFixtures.region(0x55d0c0a00000L, 0x55d0c0a02000L, "r-xp", RegionKind.FILE_PRIVATE,
        "/srv/httpd/bin/httpd", 0x1000, false);
    assertEquals("55d0c0a00000-55d0c0a02000 r-xp 00001000 fd:01 1835042 /srv/httpd/bin/httpd (FILE_PRIVATE, not saved)",
        text.toString());

    MemoryRegion vsyscall = ModelFixtures.region(ModelFixtures.VSYSCALL_START, ModelFixtures.VSYSCALL_END, "--xp",
        RegionKind.VSYSCALL, "[vsyscall]", 0, false);
    assertTrue(vsyscall.toString().startsWith("ffffffffff600000-ffffffffff601000 --xp "), vsyscall.toString());

    MemoryRegion empty = ModelFixtures.F.createMemoryRegion();
    assertEquals("0-0 ---- 00000000 00:00 0 (HEAP, not saved)", empty.toString());
  }
}
