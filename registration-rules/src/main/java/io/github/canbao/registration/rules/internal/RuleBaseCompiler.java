package io.github.canbao.registration.rules.internal;

import io.github.canbao.registration.rules.RuleProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles DRL files into one KieBase through the classic KieBuilder route. Every build has its own
 * {@link ReleaseId} and removes its module from the repository afterwards: a shared default release
 * id mixes rules between builds running in parallel, and a kept module is a leak per reload.
 */
public final class RuleBaseCompiler {

  private static final String GROUP = "io.github.canbao.registration.localities";
  private static final String PREFIX = "src/main/resources/";

  private RuleBaseCompiler() {}

  /** A DRL file to compile: its name in the build, its text, and how to name it in a problem. */
  public record DrlFile(String name, String text, String display) {}

  /** Compiles {@code files}; a compile error anywhere fails the whole build with every problem. */
  public static CompileOutcome compile(String locality, List<DrlFile> files) {
    KieServices services = KieServices.Factory.get();
    ReleaseId releaseId =
        services.newReleaseId(GROUP, locality.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + UUID.randomUUID(), "1.0.0");
    KieFileSystem fileSystem = services.newKieFileSystem();
    fileSystem.generateAndWritePomXML(releaseId);
    Map<String, String> displayByPath = new java.util.HashMap<>();
    for (DrlFile file : files) {
      // Placing each file in the folder of its package keeps the builder from warning once per file.
      String path = PREFIX + packageFolder(file.text()) + fileName(file.name());
      fileSystem.write(path, file.text());
      displayByPath.put(path, file.display());
    }
    try {
      KieBuilder builder = services.newKieBuilder(fileSystem).buildAll();
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        Set<RuleProblem> problems = new LinkedHashSet<>();
        for (Message m : errors) {
          // Message paths come without the src/main/resources/ prefix the file system was written with.
          String path = m.getPath() == null ? "" : m.getPath();
          String display = displayByPath.getOrDefault(PREFIX + path, displayByPath.getOrDefault(path, path.isEmpty() ? "rules" : path));
          problems.add(new RuleProblem(display, Math.max(m.getLine(), 0), m.getText().strip().replaceAll("\\s+", " ")));
        }
        return new CompileOutcome(Optional.empty(), dropParserNoise(new ArrayList<>(problems)));
      }
      KieContainer container = services.newKieContainer(releaseId);
      return new CompileOutcome(Optional.of(container.getKieBase()), List.of());
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  private static final java.util.regex.Pattern PACKAGE =
      java.util.regex.Pattern.compile("^\\s*package\\s+([A-Za-z_][A-Za-z0-9_.]*)\\s*;?", java.util.regex.Pattern.MULTILINE);

  private static String packageFolder(String text) {
    java.util.regex.Matcher m = PACKAGE.matcher(text);
    return m.find() ? m.group(1).replace('.', '/') + "/" : "";
  }

  private static String fileName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** "Parser returned a null Package" follows every parse error of a file and says nothing more. */
  private static List<RuleProblem> dropParserNoise(List<RuleProblem> problems) {
    List<RuleProblem> kept = new ArrayList<>();
    for (RuleProblem p : problems) {
      boolean noise = p.message().startsWith("Parser returned a null Package")
          && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file()));
      if (!noise) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** A compiled KieBase, or the problems. */
  public record CompileOutcome(Optional<KieBase> base, List<RuleProblem> problems) {}
}
