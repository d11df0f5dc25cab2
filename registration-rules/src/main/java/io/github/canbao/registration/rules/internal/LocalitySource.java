package io.github.canbao.registration.rules.internal;

import io.github.canbao.registration.rules.RuleProblem;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One locality folder as read from disk or from the classpath: its DRL files, its {@code
 * locality.properties}, and its optional {@code codes/} folder and {@code required-fields.csv}.
 * {@code scenarios/} is a rule author's test data, not rules, and is ignored here.
 */
public record LocalitySource(
    String name,
    String displayRoot,
    Map<String, String> drlFiles,
    Properties properties,
    String propertiesText,
    Optional<Path> codesFolder,
    Optional<String> requiredFields) {

  static final String BUNDLED_ROOT = "io/github/canbao/registration/rules/localities/";
  static final String PROPERTIES = "locality.properties";
  static final String REQUIRED_FIELDS = "required-fields.csv";

  /** The name of the locality this one extends, or empty for the base. */
  public Optional<String> extendsName() {
    String value = properties.getProperty("extends");
    if (value == null) {
      return name.equals("national") ? Optional.empty() : Optional.of("national");
    }
    value = value.trim();
    return value.isEmpty() || value.equals("none") ? Optional.empty() : Optional.of(value);
  }

  /** The file as a rule author names it in a problem. */
  public String display(String fileName) {
    return displayRoot + fileName;
  }

  /** Reads a bundled locality, or empty when there is none of that name. */
  public static Optional<LocalitySource> bundled(String name, List<RuleProblem> problems) {
    URL url = LocalitySource.class.getClassLoader().getResource(BUNDLED_ROOT + name + "/" + PROPERTIES);
    if (url == null) {
      return Optional.empty();
    }
    try {
      Path folder = folderOf(url);
      return Optional.of(read(name, folder, "classpath:" + BUNDLED_ROOT + name + "/", problems));
    } catch (IOException | URISyntaxException e) {
      problems.add(new RuleProblem("classpath:" + BUNDLED_ROOT + name, 0, "cannot read the bundled locality: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** The folder of a bundled locality (inside the jar through the zip file system), or empty. */
  public static Optional<Path> bundledFolder(String name) {
    URL url = LocalitySource.class.getClassLoader().getResource(BUNDLED_ROOT + name + "/" + PROPERTIES);
    if (url == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(folderOf(url));
    } catch (IOException | URISyntaxException e) {
      return Optional.empty();
    }
  }

  /** Reads a locality folder on disk. */
  public static LocalitySource folder(Path folder, List<RuleProblem> problems) throws IOException {
    Path absolute = folder.toAbsolutePath().normalize();
    String name = absolute.getFileName() == null ? "locality" : absolute.getFileName().toString();
    return read(name, absolute, absolute + java.io.File.separator, problems);
  }

  private static LocalitySource read(String name, Path folder, String displayRoot, List<RuleProblem> problems)
      throws IOException {
    Map<String, String> drl = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".drl") && Files.isRegularFile(file)) {
          drl.put(fileName, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    Properties properties = new Properties();
    String text = "";
    Path propertiesFile = folder.resolve(PROPERTIES);
    if (Files.isRegularFile(propertiesFile)) {
      text = Files.readString(propertiesFile, StandardCharsets.UTF_8);
      try {
        properties.load(new StringReader(text));
      } catch (IllegalArgumentException e) {
        problems.add(new RuleProblem(displayRoot + PROPERTIES, 0, "unreadable: " + e.getMessage()));
      }
    }
    Path codes = folder.resolve("codes");
    Path required = folder.resolve(REQUIRED_FIELDS);
    return new LocalitySource(
        name,
        displayRoot,
        drl,
        properties,
        text,
        Files.isDirectory(codes) ? Optional.of(codes) : Optional.empty(),
        Files.isRegularFile(required) ? Optional.of(Files.readString(required, StandardCharsets.UTF_8)) : Optional.empty());
  }

  /** The line of {@code key} in {@code locality.properties}, for problems; 0 when it is not there. */
  public int lineOf(String key) {
    String[] lines = propertiesText.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith(key + "=") || line.startsWith(key + " ") || line.startsWith(key + ":")) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The folder of a classpath resource, in a directory or inside a jar (through the zip file system). */
  private static Path folderOf(URL url) throws IOException, URISyntaxException {
    URI uri = url.toURI();
    if (uri.getScheme().equals("jar")) {
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      String entry = uri.getSchemeSpecificPart();
      entry = entry.substring(entry.indexOf("!/") + 1);
      return fs.getPath(entry).getParent();
    }
    return Path.of(uri).getParent();
  }

  /** The bundled localities, by name, read from the classpath index. */
  public static List<String> bundledNames() {
    List<String> names = new ArrayList<>();
    URL index = LocalitySource.class.getClassLoader().getResource(BUNDLED_ROOT + "index.txt");
    if (index == null) {
      return names;
    }
    try (var in = index.openStream()) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("the bundled locality index is unreadable", e);
    }
    return names;
  }
}
