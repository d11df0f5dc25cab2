package io.github.canbao.registration.architecture;

import com.sun.source.doctree.BlockTagTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The public API of one module, read from its sources: every type a user of the jar can name and
 * every member they can call, outside {@code internal} packages. Parsing (not compiling) is enough
 * for both questions asked of it here (is it documented, and has its signature changed), and lets
 * one test read every module, Spark's included, without their class paths.
 */
final class SourceApi {

  private final List<String> signatures = new ArrayList<>();
  private final List<String> undocumented = new ArrayList<>();

  private SourceApi() {}

  /** Reads {@code <module>/src/main/java}, leaving out {@code internal} packages. */
  static SourceApi read(Path module) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(module.resolve("src/main/java"))) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/internal/"))
          .filter(p -> !p.getFileName().toString().equals("package-info.java"))
          .sorted()
          .toList();
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    SourceApi api = new SourceApi();
    try (StandardJavaFileManager files0 = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      JavacTask task = (JavacTask) compiler.getTask(
          null, files0, null, List.of("-proc:none"), null, files0.getJavaFileObjectsFromPaths(files));
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(api, docs, module.toAbsolutePath().normalize().relativize(Path.of(unit.getSourceFile().toUri())), unit).scan(unit, null);
      }
    }
    return api;
  }

  /** One line per public type and member, sorted: the text an API snapshot keeps. */
  String signatures() {
    // a type's own line (" : ") sorts before its members' ("  "), which are indented under it
    return signatures.stream()
        .sorted(java.util.Comparator.comparing((String s) -> s.replace(" : ", "\u0000")))
        .map(s -> s.contains(" : ") ? s : "    " + s.substring(s.indexOf("  ") + 2))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** {@code path:line: what is missing}, for every public element without its Javadoc. */
  List<String> undocumented() {
    return List.copyOf(undocumented);
  }

  private static final class Scanner extends TreePathScanner<Void, Void> {

    private final SourceApi api;
    private final DocTrees docs;
    private final Path file;
    private final CompilationUnitTree unit;
    private final String packageName;

    Scanner(SourceApi api, DocTrees docs, Path file, CompilationUnitTree unit) {
      this.api = api;
      this.docs = docs;
      this.file = file;
      this.unit = unit;
      this.packageName = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    }

    @Override
    public Void visitClass(ClassTree type, Void unused) {
      if (!exported(getCurrentPath())) {
        return null; // nothing inside a hidden type is API
      }
      String name = qualifiedName(getCurrentPath());
      api.signatures.add(name + " : " + typeHeader(type));
      DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
      if (doc == null || doc.getFirstSentence().isEmpty()) {
        missing(type, "type " + name + " has no Javadoc");
      } else {
        if (blockTags(doc).noneMatch(t -> t.getTagName().equals("since"))) {
          missing(type, "type " + name + " has no @since");
        }
        if (type.getKind() == Tree.Kind.RECORD) {
          Set<String> documented = doc.getBlockTags().stream()
              .filter(t -> t.getKind() == DocTree.Kind.PARAM)
              .map(t -> ((ParamTree) t).getName().toString())
              .collect(Collectors.toSet());
          for (Tree member : type.getMembers()) {
            if (member instanceof VariableTree v && isRecordComponent(v) && !documented.contains(v.getName().toString())) {
              missing(type, "record " + name + " has no @param for its component " + v.getName());
            }
          }
        }
      }
      return super.visitClass(type, unused);
    }

    @Override
    public Void visitMethod(MethodTree method, Void unused) {
      if (memberExported(method.getModifiers())) {
        String name = method.getName().contentEquals("<init>") ? "<init>" : method.getName().toString();
        String signature = modifiers(method.getModifiers())
            + typeParameters(method.getTypeParameters())
            + (method.getReturnType() == null ? "" : method.getReturnType() + " ")
            + name
            + method.getParameters().stream().map(p -> p.getType().toString()).collect(Collectors.joining(", ", "(", ")"))
            + (method.getThrows().isEmpty() ? "" : " throws " + join(method.getThrows()));
        api.signatures.add(qualifiedName(getCurrentPath().getParentPath()) + "  " + signature);
        boolean overrides = method.getModifiers().getAnnotations().stream()
            .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
        DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
        String what = (name.equals("<init>") ? "constructor" : "method " + name) + " of "
            + qualifiedName(getCurrentPath().getParentPath());
        if (!overrides && (doc == null || doc.getFirstSentence().isEmpty())) {
          missing(method, what + " has no Javadoc");
        } else if (!overrides && !name.equals("<init>") && blockTags(doc).noneMatch(t -> t.getTagName().equals("since"))) {
          missing(method, what + " has no @since");
        }
      }
      return null; // local classes inside a method body are never API
    }

    @Override
    public Void visitVariable(VariableTree field, Void unused) {
      if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree && memberExported(field.getModifiers())) {
        api.signatures.add(qualifiedName(getCurrentPath().getParentPath()) + "  "
            + modifiers(field.getModifiers()) + field.getType() + " " + field.getName());
        DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
        String what = "field " + field.getName() + " of " + qualifiedName(getCurrentPath().getParentPath());
        boolean enumConstant = ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getKind() == Tree.Kind.ENUM
            && field.getInitializer() instanceof NewClassTree;
        if (doc == null || doc.getFirstSentence().isEmpty()) {
          missing(field, what + " has no Javadoc");
        } else if (!enumConstant && blockTags(doc).noneMatch(t -> t.getTagName().equals("since"))) {
          // an enum constant is a value of its type, which carries the @since; a constant field is a member
          missing(field, what + " has no @since");
        }
      }
      return null;
    }

    private boolean memberExported(ModifiersTree modifiers) {
      ClassTree owner = (ClassTree) getCurrentPath().getParentPath().getLeaf();
      Set<Modifier> flags = modifiers.getFlags();
      if (flags.contains(Modifier.PRIVATE)) {
        return false;
      }
      boolean interfaceLike = owner.getKind() == Tree.Kind.INTERFACE || owner.getKind() == Tree.Kind.ANNOTATION_TYPE;
      // protected members of a final class cannot be reached; of an open one they are API
      boolean reachable = flags.contains(Modifier.PUBLIC) || interfaceLike
          || (flags.contains(Modifier.PROTECTED) && !owner.getModifiers().getFlags().contains(Modifier.FINAL));
      return reachable;
    }

    private static boolean exported(TreePath path) {
      for (TreePath p = path; p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree type) {
          Tree parent = p.getParentPath().getLeaf();
          boolean inInterface = parent instanceof ClassTree outer
              && (outer.getKind() == Tree.Kind.INTERFACE || outer.getKind() == Tree.Kind.ANNOTATION_TYPE);
          if (!type.getModifiers().getFlags().contains(Modifier.PUBLIC) && !inInterface) {
            return false;
          }
        } else if (p.getLeaf() instanceof MethodTree) {
          return false;
        }
      }
      return true;
    }

    private static boolean isRecordComponent(VariableTree v) {
      // javac marks a record's component fields private final and, unlike a declared field, non-static
      Set<Modifier> flags = v.getModifiers().getFlags();
      return flags.contains(Modifier.PRIVATE) && flags.contains(Modifier.FINAL) && !flags.contains(Modifier.STATIC);
    }

    private String qualifiedName(TreePath path) {
      List<String> names = new ArrayList<>();
      for (TreePath p = path; p != null; p = p.getParentPath()) {
        if (p.getLeaf() instanceof ClassTree type) {
          names.add(0, type.getSimpleName().toString());
        }
      }
      return packageName + "." + String.join(".", names);
    }

    private static String typeHeader(ClassTree type) {
      return modifiers(type.getModifiers())
          + type.getKind().name().toLowerCase().replace("annotation_type", "@interface")
          + (type.getTypeParameters().isEmpty() ? "" : "<" + join(type.getTypeParameters()) + ">")
          + (type.getKind() == Tree.Kind.RECORD ? recordComponents(type) : "")
          + (type.getExtendsClause() == null ? "" : " extends " + type.getExtendsClause())
          + (type.getImplementsClause().isEmpty() ? "" : " implements " + join(type.getImplementsClause()))
          + (type.getPermitsClause().isEmpty() ? "" : " permits " + join(type.getPermitsClause()));
    }

    private static String recordComponents(ClassTree record) {
      return record.getMembers().stream()
          .filter(m -> m instanceof VariableTree v && isRecordComponent(v))
          .map(m -> ((VariableTree) m).getType() + " " + ((VariableTree) m).getName())
          .collect(Collectors.joining(", ", "(", ")"));
    }

    private static String modifiers(ModifiersTree modifiers) {
      return modifiers.getFlags().stream().sorted().map(m -> m + " ").collect(Collectors.joining());
    }

    private static String typeParameters(List<? extends Tree> parameters) {
      return parameters.isEmpty() ? "" : "<" + join(parameters) + "> ";
    }

    private static String join(List<? extends Tree> trees) {
      return trees.stream().map(Tree::toString).collect(Collectors.joining(", "));
    }

    private static Stream<BlockTagTree> blockTags(DocCommentTree doc) {
      return doc.getBlockTags().stream().filter(BlockTagTree.class::isInstance).map(BlockTagTree.class::cast);
    }

    private void missing(Tree tree, String what) {
      long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, tree));
      api.undocumented.add(file + ":" + line + ": " + what);
    }
  }
}
