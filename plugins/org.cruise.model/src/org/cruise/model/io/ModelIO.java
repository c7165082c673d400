package org.cruise.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

import org.cruise.model.CruisePackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMIResource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.xml.sax.SAXParseException;

/**
 * Saves and loads CRUISE model objects (configs, snapshot manifests, program diffs) as UTF-8 XMI files.
 *
 * <p>Works the same inside and outside OSGi: every call uses its own resource set in which the CRUISE
 * package and the XMI resource factory are registered explicitly, so nothing depends on the Eclipse
 * extension registry or on global registrations.
 *
 * <p>64-bit unsigned values (addresses, masks) are stored in Java {@code long}s and therefore appear in
 * the XMI as signed decimals; they round-trip exactly.
 */
public final class ModelIO {

  /** Encoding of every file written by {@link #save(EObject, Path)}. */
  public static final String ENCODING = "UTF-8";

  private ModelIO() {
  }

  /**
   * Writes {@code root} and everything it contains to {@code file} as XMI, replacing the file if it
   * exists.
   *
   * <p>The file is written under a temporary name in the same directory, flushed to disk and then
   * renamed, so a reader (or a crash) never sees a half-written file. {@code root} itself is not
   * modified: a copy is serialized, so an object that already lives in a resource or a container stays
   * there.
   *
   * @throws IOException if the file cannot be written; the message names the file
   */
  public static void save(EObject root, Path file) throws IOException {
    Objects.requireNonNull(root, "root");
    Path target = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    Path directory = target.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new IOException(target + ": cannot save: directory " + directory + " does not exist");
    }

    Resource resource = newResourceSet().createResource(toUri(target));
    resource.getContents().add(EcoreUtil.copy(root));

    Path temporary = directory.resolve("." + target.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    try {
      // CREATE_NEW (rather than Files.createTempFile) keeps the umask's permissions, as a plain write would.
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        resource.save(out, saveOptions());
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      IOException failure = new IOException(target + ": cannot save: " + describe(e), e);
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        failure.addSuppressed(cleanup);
      }
      throw failure;
    }
  }

  /**
   * Reads the XMI file {@code file}, which must hold exactly one root object of the given type.
   *
   * @param type the expected type of the root, e.g. {@code Snapshot.class}
   * @return the root object; it is the only content of a resource whose URI is the file
   * @throws NoSuchFileException if the file does not exist
   * @throws IOException if the file cannot be read, is not a well-formed CRUISE XMI file, or its root
   *         is missing or not of type {@code type}; the message starts with the file's path (and, for a
   *         syntax or content error, {@code :LINE:COLUMN}) followed by {@code ": "}
   */
  public static <T extends EObject> T load(Path file, Class<T> type) throws IOException {
    Objects.requireNonNull(type, "type");
    Path source = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();

    Resource resource = newResourceSet().createResource(toUri(source));
    try (InputStream in = Files.newInputStream(source)) {
      resource.load(in, loadOptions());
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw loadFailure(source, e);
    }

    var contents = resource.getContents();
    if (contents.isEmpty()) {
      throw new IOException(source + ": contains no model object, expected a " + type.getSimpleName());
    }
    if (contents.size() > 1) {
      throw new IOException(source + ": contains " + contents.size() + " root objects, expected a single "
          + type.getSimpleName());
    }
    EObject root = contents.get(0);
    if (!type.isInstance(root)) {
      EClass eClass = root.eClass();
      throw new IOException(source + ": root is a " + eClass.getName() + " (" + eClass.getEPackage().getNsURI()
          + "), expected a " + type.getSimpleName());
    }
    return type.cast(root);
  }

  private static ResourceSet newResourceSet() {
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.getPackageRegistry().put(CruisePackage.eNS_URI, CruisePackage.eINSTANCE);
    resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
        .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
    return resourceSet;
  }

  private static URI toUri(Path absolute) {
    return URI.createFileURI(absolute.toString());
  }

  private static Map<Object, Object> saveOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_ENCODING, ENCODING);
    options.put(XMIResource.OPTION_PROCESS_DANGLING_HREF, XMIResource.OPTION_PROCESS_DANGLING_HREF_THROW);
    return options;
  }

  private static Map<Object, Object> loadOptions() {
    Map<Object, Object> options = new HashMap<>();
    options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
    // XMI never needs a DOCTYPE; refusing it rules out external entities and entity expansion bombs
    // in files that come from a snapshot directory.
    options.put(XMLResource.OPTION_PARSER_FEATURES,
        Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
    return options;
  }

  /**
   * An exception for a file that could not be parsed, with the position of the problem where the
   * parser knows it: {@code FILE:LINE:COLUMN: cannot load: MESSAGE}.
   */
  private static IOException loadFailure(Path source, Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof XMIException xmi && xmi.getLine() > 0) {
        // XMIException appends " (location, line, column)" to its message; the prefix says it better.
        String message = xmi.getMessage();
        String suffix = " (" + xmi.getLocation() + ", " + xmi.getLine() + ", " + xmi.getColumn() + ")";
        if (message.endsWith(suffix)) {
          message = message.substring(0, message.length() - suffix.length());
        }
        return new IOException(source + ":" + xmi.getLine() + ":" + xmi.getColumn() + ": cannot load: " + message, e);
      }
      if (cause instanceof SAXParseException sax && sax.getLineNumber() > 0) {
        return new IOException(source + ":" + sax.getLineNumber() + ":" + Math.max(sax.getColumnNumber(), 1)
            + ": cannot load: " + sax.getMessage(), e);
      }
    }
    return new IOException(source + ": cannot load: " + describe(e), e);
  }

  /** The most specific message of an exception chain (EMF wraps parser errors several times). */
  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause
        && (cause instanceof Resource.IOWrappedException || cause.getMessage() == null)) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
