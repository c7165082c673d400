package org.cruise.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code of {@code plugins/org.cruise.model/src-gen} from
 * {@code plugins/org.cruise.model/model/cruise.ecore}, outside Eclipse and outside OSGi.
 *
 * <p>The {@code .ecore} is the only source of truth: the GenModel is built in memory from it with the
 * settings below, so there is no {@code .genmodel} file that could drift from the code.
 *
 * <p>The generator never touches the bundle directly. It works on a scratch copy of the bundle:
 * <ol>
 * <li>a <em>fresh</em> generation into an empty project tells which files the model produces;</li>
 * <li>a <em>merge</em> generation on a copy of the current {@code src-gen} keeps every member marked
 * {@code @generated NOT} (EMF's JMerger); it is repeated until it reaches a fixed point, so that running
 * this program again never changes anything;</li>
 * <li>{@code src-gen} is then made equal to the merge result: changed files are written, files the model
 * no longer produces (e.g. of a deleted EClass) are deleted. Hand-written classes therefore belong in
 * the bundle's {@code src/} folder, never in {@code src-gen/}.</li>
 * </ol>
 * The bundle's MANIFEST.MF, plugin.xml, plugin.properties and build.properties are maintained by hand;
 * what the generator would write for them is discarded.
 *
 * <p>With {@code --mode=check} the same work is done but {@code src-gen} is left alone; the exit code tells
 * whether it is up to date (0) or not (1), which suits a CI step.
 */
public final class GenerateModel {

  static final String PLUGIN_ID = "org.cruise.model";
  static final String ECORE_PATH = "model/cruise.ecore";
  static final String SRC_GEN = "src-gen";
  private static final int MAX_MERGE_PASSES = 3;

  private GenerateModel() {
  }

  /**
   * {@code GenerateModel REPOSITORY_ROOT [--mode=write|--mode=check]}: regenerates {@code src-gen}
   * (the default), or with {@code --mode=check} only reports whether it is up to date (exit code 1 if
   * not) without changing anything.
   */
  public static void main(String[] args) {
    String mode = args.length == 2 ? args[1] : "--mode=write";
    boolean check = mode.equals("--mode=check");
    if (args.length < 1 || args.length > 2 || !(check || mode.equals("--mode=write"))) {
      System.err.println("usage: GenerateModel REPOSITORY_ROOT [--mode=write|--mode=check]");
      System.exit(2);
    }
    try {
      Summary summary = run(Path.of(args[0]), check);
      System.out.println("org.cruise.codegen: " + summary);
      if (check && summary.changed()) {
        System.err.println("org.cruise.codegen: src-gen is out of date with " + ECORE_PATH
            + "; regenerate it (see releng/org.cruise.codegen/README.md)");
        System.exit(1);
      }
    } catch (GenerationException | IOException e) {
      System.err.println("org.cruise.codegen: " + e.getMessage());
      System.exit(1);
    }
  }

  /** What one run changed in {@code src-gen}. */
  record Summary(Path srcGen, int files, List<Path> written, List<Path> deleted, boolean dryRun) {
    boolean changed() {
      return !written.isEmpty() || !deleted.isEmpty();
    }

    @Override
    public String toString() {
      String write = dryRun ? "to write" : "written";
      String delete = dryRun ? "to delete" : "deleted";
      StringBuilder sb = new StringBuilder();
      sb.append(srcGen).append(": ").append(files).append(" generated files, ")
          .append(written.size()).append(' ').append(write).append(", ")
          .append(deleted.size()).append(' ').append(delete);
      written.forEach(p -> sb.append(System.lineSeparator()).append("  ").append(write).append(' ').append(p));
      deleted.forEach(p -> sb.append(System.lineSeparator()).append("  ").append(delete).append(' ').append(p));
      return sb.toString();
    }
  }

  static final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    GenerationException(String message) {
      super(message);
    }
  }

  static Summary run(Path repositoryRoot, boolean dryRun) throws IOException, GenerationException {
    Path bundle = repositoryRoot.toAbsolutePath().normalize().resolve("plugins").resolve(PLUGIN_ID);
    Path ecore = bundle.resolve(ECORE_PATH);
    if (!Files.isRegularFile(ecore)) {
      throw new GenerationException(ecore + ": no such file (is " + repositoryRoot + " the repository root?)");
    }
    Path srcGen = bundle.resolve(SRC_GEN);

    Path scratch = Files.createTempDirectory("cruise-codegen");
    try {
      Path fresh = scratch.resolve("fresh");
      generate(ecore, fresh);
      Set<Path> produced = listFiles(fresh.resolve(SRC_GEN));
      if (produced.isEmpty()) {
        throw new GenerationException("the generator produced no files for " + ecore);
      }

      Path merge = scratch.resolve("merge");
      Files.createDirectories(merge);
      if (Files.isDirectory(srcGen)) {
        copyTree(srcGen, merge.resolve(SRC_GEN));
      }
      int pass = 1;
      while (generate(ecore, merge) > 0) {
        if (++pass > MAX_MERGE_PASSES) {
          throw new GenerationException("merging into " + srcGen + " does not reach a fixed point after "
              + MAX_MERGE_PASSES + " passes");
        }
      }
      return synchronize(merge.resolve(SRC_GEN), produced, srcGen, dryRun);
    } finally {
      deleteTree(scratch);
    }
  }

  /**
   * Generates the model code of the bundle project into {@code projectDir} (which stands for the
   * workspace project {@value #PLUGIN_ID}) and returns how many files the generator wrote.
   */
  static int generate(Path ecoreFile, Path projectDir) throws GenerationException, IOException {
    Files.createDirectories(projectDir);
    // Outside OSGi nothing registers the packages or resource factories: touch them explicitly.
    EcorePackage.eINSTANCE.eClass();
    GenModelPackage.eINSTANCE.eClass();
    // The generator writes to platform:/resource/<project>/...; map the project to the scratch folder.
    EcorePlugin.getPlatformResourceMap().put(PLUGIN_ID, URI.createFileURI(projectDir.toString() + "/"));

    ResourceSet resourceSet = new ResourceSetImpl();
    var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new XMIResourceFactoryImpl());
    factories.put("xmi", new XMIResourceFactoryImpl());

    EPackage ePackage = loadEcore(resourceSet, ecoreFile);
    GenModel genModel = createGenModel(resourceSet, ePackage, ecoreFile);

    Generator generator = new Generator();
    generator.getAdapterFactoryDescriptorRegistry()
        .addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
    generator.setInput(genModel);
    try {
      if (!generator.canGenerate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)) {
        throw new GenerationException("the generator cannot generate model code for " + ecoreFile);
      }
      // Problems are reported as a returned Diagnostic (e.g. "The path ... is unmapped"), not thrown.
      Diagnostic diagnostic =
          generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor());
      if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
        String text = describe(diagnostic);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
          throw new GenerationException("generation failed:" + text);
        }
        System.err.println("org.cruise.codegen: generator warnings:" + text);
      }
      return (int) generator.getGeneratedOutputs().stream()
          .filter(uri -> uri.segmentCount() > 1 && SRC_GEN.equals(uri.segment(1)))
          .count();
    } finally {
      generator.dispose();
    }
  }

  private static EPackage loadEcore(ResourceSet resourceSet, Path ecoreFile) throws GenerationException {
    Resource resource;
    try {
      resource = resourceSet.getResource(URI.createFileURI(ecoreFile.toString()), true);
    } catch (RuntimeException e) {
      throw new GenerationException(ecoreFile + ": cannot load: " + e.getMessage());
    }
    EcoreUtil.resolveAll(resourceSet);
    if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof EPackage ePackage)) {
      throw new GenerationException(ecoreFile + ": expected exactly one EPackage as root");
    }
    Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException(ecoreFile + ": invalid Ecore model:" + describe(diagnostic));
    }
    return ePackage;
  }

  /**
   * The generator settings of the CRUISE model: what an IDE user would otherwise keep in a
   * {@code .genmodel} file.
   */
  private static GenModel createGenModel(ResourceSet resourceSet, EPackage ePackage, Path ecoreFile)
      throws GenerationException {
    GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
    Resource genModelResource = resourceSet.createResource(
        URI.createPlatformResourceURI("/" + PLUGIN_ID + "/model/cruise.genmodel", true));
    genModelResource.getContents().add(genModel);

    genModel.initialize(List.of(ePackage));
    genModel.setModelName("Cruise");
    genModel.setModelPluginID(PLUGIN_ID);
    genModel.setModelDirectory("/" + PLUGIN_ID + "/" + SRC_GEN);
    genModel.setModelPluginClass(null);
    genModel.setComplianceLevel(GenJDKLevel.JDK210_LITERAL);
    genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
    genModel.setOperationReflection(true);
    genModel.setImportOrganizing(true);
    genModel.setCodeFormatting(false);
    genModel.setUpdateClasspath(false);
    genModel.setCopyrightText(null);
    genModel.setImporterID("org.eclipse.emf.importer.ecore");
    genModel.getForeignModel().add(ecoreFile.getFileName().toString());

    if (genModel.getGenPackages().size() != 1) {
      throw new GenerationException("expected one GenPackage, found " + genModel.getGenPackages().size());
    }
    GenPackage genPackage = genModel.getGenPackages().get(0);
    genPackage.setBasePackage("org.cruise");
    genPackage.setPrefix("Cruise");

    genModel.reconcile();
    genModel.setCanGenerate(true);

    Diagnostic diagnostic = genModel.diagnose();
    if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
      throw new GenerationException("invalid generator model:" + describe(diagnostic));
    }
    return genModel;
  }

  /**
   * Makes {@code target} hold exactly the {@code produced} files, with the contents they have under
   * {@code generated}. Files are only rewritten when their bytes differ. With {@code dryRun} nothing is
   * changed; the summary tells what would be.
   */
  static Summary synchronize(Path generated, Set<Path> produced, Path target, boolean dryRun) throws IOException {
    List<Path> written = new ArrayList<>();
    List<Path> deleted = new ArrayList<>();
    for (Path relative : produced) {
      byte[] contents = Files.readAllBytes(generated.resolve(relative));
      Path file = target.resolve(relative);
      if (!Files.isRegularFile(file) || !Arrays.equals(contents, Files.readAllBytes(file))) {
        if (!dryRun) {
          Files.createDirectories(file.getParent());
          Files.write(file, contents);
        }
        written.add(relative);
      }
    }
    if (Files.isDirectory(target)) {
      for (Path relative : listFiles(target)) {
        if (!produced.contains(relative)) {
          if (!dryRun) {
            Files.delete(target.resolve(relative));
          }
          deleted.add(relative);
        }
      }
      if (!dryRun) {
        deleteEmptyDirectories(target);
      }
    }
    return new Summary(target, produced.size(), written, deleted, dryRun);
  }

  private static String describe(Diagnostic diagnostic) {
    StringBuilder sb = new StringBuilder();
    describe(diagnostic, sb, "  ");
    return sb.toString();
  }

  private static void describe(Diagnostic diagnostic, StringBuilder sb, String indent) {
    if (diagnostic.getMessage() != null) {
      sb.append(System.lineSeparator()).append(indent).append(diagnostic.getMessage());
    }
    if (diagnostic.getException() != null) {
      sb.append(System.lineSeparator()).append(indent).append("  caused by ").append(diagnostic.getException());
    }
    for (Diagnostic child : diagnostic.getChildren()) {
      describe(child, sb, indent + "  ");
    }
  }

  /** Relative paths of all regular files below {@code dir}, sorted; empty if it does not exist. */
  static Set<Path> listFiles(Path dir) throws IOException {
    Set<Path> files = new TreeSet<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.filter(Files::isRegularFile).forEach(p -> files.add(dir.relativize(p)));
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Files.createDirectories(to.resolve(from.relativize(dir)));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file)), StandardCopyOption.REPLACE_EXISTING);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void deleteEmptyDirectories(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
        if (!dir.equals(root)) {
          try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isEmpty()) {
              Files.delete(dir);
            }
          }
        }
      }
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      System.err.println("org.cruise.codegen: could not remove scratch folder " + root + ": " + e.getMessage());
    }
  }
}
