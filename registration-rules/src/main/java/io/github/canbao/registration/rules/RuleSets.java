package io.github.canbao.registration.rules;

import io.github.canbao.registration.codes.ParseResult;
import io.github.canbao.registration.codes.Violation;
import io.github.canbao.registration.codes.table.CodeBook;
import io.github.canbao.registration.codes.table.CodeTables;
import io.github.canbao.registration.model.validation.RequiredFields;
import io.github.canbao.registration.rules.internal.LocalitySource;
import io.github.canbao.registration.rules.internal.RuleBaseCompiler;
import io.github.canbao.registration.rules.locality.LocalityParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads localities: the bundled ones by name, or a rule author's folder from disk. A locality is a
 * folder of DRL files, a {@code locality.properties} (parameters, and {@code extends=NAME}, default
 * {@code national}) and an optional {@code codes/} folder of code-table overrides. What a folder
 * does not give it inherits from the locality it extends; a DRL file with the name of an inherited
 * one replaces it.
 *
 * <pre>{@code
 * LoadResult bundled = RuleSets.bundled("guangdong");
 * LoadResult mine = RuleSets.load(Path.of("rules/shenzhen"));   // extends=guangdong
 * mine.problems().forEach(p -> System.err.println(p));           // file:line: message
 * }</pre>
 *
 * <p>Loading never throws for a broken locality: compile errors, bad parameters and malformed code
 * tables come back in {@link LoadResult.Failed} with file and line, and the locality fails as a
 * whole.
 *
 * @since 0.1.0
 */
public final class RuleSets {

  private static final int MAX_CHAIN = 16;

  private RuleSets() {}

  /**
   * One bundled locality: its name and a line of description.
   *
   * @param name the name {@link #bundled(String)} takes
   * @param description the {@code description} of its {@code locality.properties}; empty when none
   * @since 0.1.0
   */
  public record LocalityInfo(String name, String description) {}

  /**
   * The bundled localities with their descriptions, in order.
   *
   * @since 0.1.0
   */
  public static List<LocalityInfo> bundledLocalities() {
    List<LocalityInfo> list = new ArrayList<>();
    for (String name : LocalitySource.bundledNames()) {
      LocalitySource.bundled(name, new ArrayList<>())
          .ifPresent(s -> list.add(new LocalityInfo(name, s.properties().getProperty("description", "").trim())));
    }
    return list;
  }

  /**
   * Loads and compiles the bundled locality {@code name}.
   *
   * @throws NullPointerException if {@code name} is null
   * @since 0.1.0
   */
  public static LoadResult bundled(String name) {
    Objects.requireNonNull(name, "name");
    List<RuleProblem> problems = new ArrayList<>();
    Optional<LocalitySource> source = LocalitySource.bundled(name, problems);
    if (source.isEmpty()) {
      problems.add(new RuleProblem(name, 0, "no bundled locality of this name; bundled: " + LocalitySource.bundledNames()));
      return new LoadResult.Failed(problems);
    }
    return build(source.get(), problems);
  }

  /**
   * Loads and compiles the locality folder {@code folder} (and what it extends).
   *
   * @throws NullPointerException if {@code folder} is null
   * @since 0.1.0
   */
  public static LoadResult load(Path folder) {
    Objects.requireNonNull(folder, "folder");
    List<RuleProblem> problems = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      problems.add(new RuleProblem(folder.toString(), 0, "not a folder"));
      return new LoadResult.Failed(problems);
    }
    try {
      return build(LocalitySource.folder(folder, problems), problems);
    } catch (IOException e) {
      problems.add(new RuleProblem(folder.toString(), 0, "cannot read: " + e.getMessage()));
      return new LoadResult.Failed(problems);
    }
  }

  private static LoadResult build(LocalitySource top, List<RuleProblem> problems) {
    // The chain from the base up to this locality; a later source overrides an earlier one.
    List<LocalitySource> chain = new ArrayList<>();
    chain.add(top);
    LocalitySource current = top;
    while (current.extendsName().isPresent()) {
      String parentName = current.extendsName().get();
      if (chain.size() >= MAX_CHAIN || chain.stream().anyMatch(s -> s.name().equals(parentName) && s != top)) {
        problems.add(new RuleProblem(current.display("locality.properties"), current.lineOf("extends"), "extends forms a cycle: " + parentName));
        return new LoadResult.Failed(problems);
      }
      Optional<LocalitySource> parent = LocalitySource.bundled(parentName, problems);
      if (parent.isEmpty()) {
        problems.add(new RuleProblem(current.display("locality.properties"), current.lineOf("extends"),
            "extends an unknown locality: " + parentName + " (bundled: " + LocalitySource.bundledNames() + ")"));
        return new LoadResult.Failed(problems);
      }
      current = parent.get();
      chain.add(current);
    }
    List<LocalitySource> baseFirst = new ArrayList<>(chain);
    java.util.Collections.reverse(baseFirst);

    Map<String, RuleBaseCompiler.DrlFile> files = new LinkedHashMap<>();
    Properties merged = new Properties();
    CodeBook codeBook = CodeTables.bundled();
    for (LocalitySource source : baseFirst) {
      source.drlFiles().forEach((fileName, text) ->
          files.put(fileName, new RuleBaseCompiler.DrlFile(source.name() + "/" + fileName, text, source.display(fileName))));
      merged.putAll(source.properties());
      if (source.codesFolder().isPresent()) {
        ParseResult<CodeBook> overridden = codeBook.withOverrides(source.codesFolder().get());
        if (overridden.isValid()) {
          codeBook = overridden.toOptional().orElseThrow();
        } else {
          for (Violation v : overridden.errors()) {
            problems.add(new RuleProblem(
                source.display("codes/" + v.arguments().getOrDefault("file", "")),
                parseLine(v.arguments().get("line")),
                v.code() + ": " + v.arguments().getOrDefault("reason", v.field())));
          }
        }
      }
    }
    RequiredFields required = requiredFields(merged, baseFirst, chain, top, problems);
    merged.remove("extends");
    merged.remove("requiredFields");
    List<String> parameterProblems = new ArrayList<>();
    LocalityParameters parameters = LocalityParameters.read(Map.of(), merged, parameterProblems);
    for (String problem : parameterProblems) {
      String key = problem.split(" ", 2)[0];
      LocalitySource owner = chain.stream().filter(s -> s.properties().containsKey(key)).findFirst().orElse(top);
      problems.add(new RuleProblem(owner.display("locality.properties"), owner.lineOf(key), problem));
    }
    if (files.isEmpty()) {
      problems.add(new RuleProblem(top.display(""), 0, "no .drl file in the locality or what it extends"));
    }
    RuleBaseCompiler.CompileOutcome outcome = RuleBaseCompiler.compile(top.name(), List.copyOf(files.values()));
    problems.addAll(outcome.problems());
    if (!problems.isEmpty() || outcome.base().isEmpty()) {
      return new LoadResult.Failed(problems.isEmpty() ? List.of(new RuleProblem(top.name(), 0, "did not compile")) : problems);
    }
    String description = top.properties().getProperty("description", "").trim();
    List<String> names = chain.stream().map(LocalitySource::name).toList();
    return new LoadResult.Loaded(
        new RuleSet(top.name(), description, names, outcome.base().get(), parameters, codeBook, required));
  }

  /**
   * The required fields: the bundled set the chain names ({@code requiredFields=guangdong}, default
   * national; {@code none} for none), extended by each folder's own {@code required-fields.csv}
   * from the base up.
   */
  private static RequiredFields requiredFields(
      Properties merged, List<LocalitySource> baseFirst, List<LocalitySource> chain, LocalitySource top, List<RuleProblem> problems) {
    String bundledName = merged.getProperty("requiredFields", "national").trim();
    RequiredFields required;
    try {
      // "none": a locality whose form is its own model (Suzhou's 信息采集表) lists every required
      // field itself in required-fields.csv.
      required = bundledName.equals("none") ? RequiredFields.none() : RequiredFields.bundled(bundledName);
    } catch (IllegalArgumentException e) {
      LocalitySource owner = chain.stream().filter(s -> s.properties().containsKey("requiredFields")).findFirst().orElse(top);
      problems.add(new RuleProblem(owner.display("locality.properties"), owner.lineOf("requiredFields"),
          "requiredFields names no bundled set: " + bundledName));
      return RequiredFields.none();
    }
    for (LocalitySource source : baseFirst) {
      if (source.requiredFields().isEmpty()) {
        continue;
      }
      String file = source.display("required-fields.csv");
      ParseResult<RequiredFields> parsed =
          RequiredFields.parse(new java.io.StringReader(source.requiredFields().get()), file);
      if (parsed.isValid()) {
        required = required.extendedBy(parsed.toOptional().orElseThrow());
      } else {
        for (Violation v : parsed.errors()) {
          problems.add(new RuleProblem(file, parseLine(v.arguments().get("line")),
              v.code() + ": " + v.arguments().getOrDefault("reason", v.field())));
        }
      }
    }
    return required;
  }

  private static int parseLine(String text) {
    try {
      return text == null ? 0 : Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
