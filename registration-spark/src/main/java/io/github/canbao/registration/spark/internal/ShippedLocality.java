package io.github.canbao.registration.spark.internal;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleSets;
import io.github.canbao.registration.spark.RuleSource;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A locality as a task carries it: a bundled name, or a rule author's folder as its files (a few
 * kilobytes of DRL, properties and CSV). The files travel inside the task rather than as a path,
 * because {@code SparkContext.addFile} refuses a local folder outside local mode and a shared file
 * system cannot be assumed; executors write them to a temporary folder once per JVM and compile
 * that. The compiled rule base itself is never serialised.
 *
 * <p>The key is the name plus a SHA-256 of the files, so that a long-lived executor (a Spark
 * Connect or Thrift server) never serves a stale compile of a folder that was edited since.
 */
public final class ShippedLocality implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A locality folder is small; a larger one is almost certainly the wrong folder. */
  private static final long MAX_BYTES = 16L * 1024 * 1024;

  private final RuleSource source;
  private final String folderName;
  private final LinkedHashMap<String, byte[]> files;
  private final String key;

  private ShippedLocality(RuleSource source, String folderName, LinkedHashMap<String, byte[]> files, String key) {
    this.source = source;
    this.folderName = folderName;
    this.files = files;
    this.key = key;
  }

  /**
   * The locality of {@code source}, its folder read now (on the driver).
   *
   * @throws UncheckedIOException if the folder cannot be read
   */
  public static ShippedLocality of(RuleSource source) {
    Objects.requireNonNull(source, "source");
    if (source.kind() == RuleSource.Kind.BUNDLED) {
      return new ShippedLocality(source, source.value(), new LinkedHashMap<>(), "bundled:" + source.value());
    }
    Path folder = Path.of(source.value());
    LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    try {
      // What the loader reads: the top-level files and codes/; scenarios/ is for tests only.
      long total = 0;
      for (Path file : listFiles(folder)) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        byte[] bytes = Files.readAllBytes(file);
        total += bytes.length;
        if (total > MAX_BYTES) {
          throw new IOException("locality folder larger than " + MAX_BYTES + " bytes: " + folder);
        }
        files.put(relative, bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path name = folder.getFileName();
    String folderName = name == null ? "locality" : name.toString();
    return new ShippedLocality(source, folderName, files, "folder:" + folderName + ":" + digest(files));
  }

  private static List<Path> listFiles(Path folder) throws IOException {
    List<Path> top;
    try (Stream<Path> listing = Files.list(folder)) {
      top = listing.filter(Files::isRegularFile).sorted().toList();
    }
    Path codes = folder.resolve("codes");
    if (!Files.isDirectory(codes)) {
      return top;
    }
    try (Stream<Path> listing = Files.list(codes)) {
      return Stream.concat(top.stream(), listing.filter(Files::isRegularFile).sorted(Comparator.naturalOrder())).toList();
    }
  }

  private static String digest(Map<String, byte[]> files) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        sha.update((byte) 0);
      });
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The locality this was made from. */
  public RuleSource source() {
    return source;
  }

  /** What identifies one compile in a JVM: the bundled name, or folder name and content digest. */
  public String key() {
    return key;
  }

  /**
   * Compiles the locality on this JVM: a bundled one by name, a folder from a temporary copy of its
   * files, removed again once compiled (the loader reads every file eagerly).
   */
  LoadResult compile() {
    if (source.kind() == RuleSource.Kind.BUNDLED) {
      return RuleSets.bundled(source.value());
    }
    Path root = null;
    try {
      root = Files.createTempDirectory("registration-locality-");
      Path folder = root.resolve(folderName);
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = folder.resolve(file.getKey()).normalize();
        if (!target.startsWith(folder)) {
          throw new IOException("file outside the locality folder: " + file.getKey());
        }
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
      Files.createDirectories(folder);
      return RuleSets.load(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (root != null) {
        delete(root);
      }
    }
  }

  private static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A temporary folder left behind costs a few kilobytes; the compile already succeeded or failed.
    }
  }

  @Override
  public String toString() {
    return "ShippedLocality[" + key + ", " + files.size() + " files]";
  }
}
