package io.github.canbao.registration.spark;

import io.github.canbao.registration.rules.LoadResult;
import io.github.canbao.registration.rules.RuleSets;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Which locality a Spark job runs: a bundled one by name, or a rule author's folder by path on the
 * machine that submits the job ({@code localities.md}). Only this name or path travels with a task;
 * the compiled rule base never does.
 *
 * <pre>{@code
 * RuleSource bundled = RuleSource.bundled("guangdong");
 * RuleSource mine = RuleSource.folder(Path.of("rules/shenzhen"));   // read on the driver
 * }</pre>
 *
 * @param kind bundled or folder
 * @param value the bundled locality's name, or the folder's absolute path on the driver
 * @since 0.1.0
 */
public record RuleSource(Kind kind, String value) implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Where a locality comes from.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Bundled with the library, named. */
    BUNDLED,
    /** A folder on the driver's disk. */
    FOLDER
  }

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code value} is blank
   * @since 0.1.0
   */
  public RuleSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a locality name or folder must not be blank");
    }
  }

  /**
   * The bundled locality {@code name}.
   *
   * @throws NullPointerException if {@code name} is null
   * @since 0.1.0
   */
  public static RuleSource bundled(String name) {
    return new RuleSource(Kind.BUNDLED, name);
  }

  /**
   * The locality folder {@code folder}, as its absolute path.
   *
   * @throws NullPointerException if {@code folder} is null
   * @since 0.1.0
   */
  public static RuleSource folder(Path folder) {
    Objects.requireNonNull(folder, "folder");
    return new RuleSource(Kind.FOLDER, folder.toAbsolutePath().normalize().toString());
  }

  /**
   * Loads and compiles the locality on this JVM, as {@link RuleSets} does.
   *
   * @since 0.1.0
   */
  public LoadResult load() {
    return kind == Kind.BUNDLED ? RuleSets.bundled(value) : RuleSets.load(Path.of(value));
  }

  @Override
  public String toString() {
    return kind == Kind.BUNDLED ? value : "folder " + value;
  }
}
