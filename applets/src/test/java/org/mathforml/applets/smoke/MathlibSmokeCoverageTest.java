package org.mathforml.applets.smoke;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.mathforml.mathlib.Fraction;

/**
 * New mathlib API cannot escape the TeaVM check: every public top-level class of mathlib outside
 * the {@code internal} packages must be referenced by the compiled smoke suite (its class files'
 * constant pools), which the browser test runs as JavaScript and Wasm-GC. The classes are listed
 * from wherever mathlib is on the test classpath ({@code mathlib/target/classes} in a reactor
 * build, else the jar).
 */
class MathlibSmokeCoverageTest {

  private static final String PREFIX = "org/mathforml/mathlib/";

  @Test
  void everyPublicMathlibClassIsReferencedBySmokeCases() throws Exception {
    Set<String> api = publicMathlibClasses();
    assertTrue(api.size() >= 60, "expected mathlib's public classes, found only " + api);
    Set<String> referenced = referencedBySmoke();
    List<String> missing = new ArrayList<>();
    for (String name : api) {
      if (!referenced.contains(name)) {
        missing.add(name.replace('/', '.'));
      }
    }
    assertTrue(
        missing.isEmpty(),
        "public mathlib classes no smoke case calls (add a case in org.mathforml.applets.smoke): "
            + missing);
  }

  @Test
  void theScanSeesDirectReferencesOnly() throws Exception {
    Set<String> referenced = referencedBySmoke();
    assertTrue(referenced.contains("org/mathforml/mathlib/numeric/LU"), referenced.toString());
    assertTrue(referenced.contains("org/mathforml/mathlib/ml/TwoLayerNetwork"));
    // Used by mathlib internally, never named by the smoke cases: must not count as covered.
    assertTrue(!referenced.contains("org/mathforml/mathlib/internal/RowReduction"));
    assertTrue(publicMathlibClasses().contains("org/mathforml/mathlib/optimize/VectorFunction"));
    assertTrue(!publicMathlibClasses().contains("org/mathforml/mathlib/numeric/SmallEigen"));
  }

  /** Internal names (a/b/C) of public top-level classes outside internal packages. */
  static Set<String> publicMathlibClasses() throws IOException, URISyntaxException {
    Path location =
        Paths.get(Fraction.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Set<String> names = new TreeSet<>();
    if (Files.isDirectory(location)) {
      collect(location, names);
    } else {
      try (FileSystem jar = FileSystems.newFileSystem(location)) {
        collect(jar.getPath("/"), names);
      }
    }
    return names;
  }

  private static void collect(Path root, Set<String> names) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      String name = root.relativize(file).toString().replace('\\', '/');
      name = name.substring(0, name.length() - ".class".length());
      if (!name.startsWith(PREFIX)
          || name.contains("$")
          || name.endsWith("package-info")
          || name.contains("/internal/")) {
        continue;
      }
      int access;
      try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
        access = accessFlags(in);
      }
      if (Modifier.isPublic(access)) {
        names.add(name);
      }
    }
  }

  /** Top-level mathlib classes named in the constant pools of the smoke package's classes. */
  static Set<String> referencedBySmoke() throws IOException, URISyntaxException {
    Path dir = Paths.get(MathlibSmoke.class.getResource("MathlibSmoke.class").toURI()).getParent();
    Set<String> referenced = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> list = Files.list(dir)) {
      files = list.filter(p -> p.toString().endsWith(".class")).toList();
    }
    for (Path file : files) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
        for (String utf8 : utf8Constants(in)) {
          int at = utf8.indexOf(PREFIX);
          while (at >= 0) {
            int end = at;
            while (end < utf8.length() && isNameChar(utf8.charAt(end))) {
              end++;
            }
            String name = utf8.substring(at, end);
            int inner = name.indexOf('$');
            referenced.add(inner < 0 ? name : name.substring(0, inner));
            at = utf8.indexOf(PREFIX, end);
          }
        }
      }
    }
    return referenced;
  }

  private static boolean isNameChar(char c) {
    return Character.isJavaIdentifierPart(c) || c == '/';
  }

  /** The class's access flags (JVMS 4.1), skipping the constant pool. */
  private static int accessFlags(DataInputStream in) throws IOException {
    utf8Constants(in);
    return in.readUnsignedShort();
  }

  /** Reads the header and constant pool (JVMS 4.4), returning its CONSTANT_Utf8 strings. */
  private static List<String> utf8Constants(DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor
    in.readUnsignedShort(); // major
    int count = in.readUnsignedShort();
    List<String> strings = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> strings.add(in.readUTF());
        case 3, 4 -> skip(in, 4);
        case 5, 6 -> {
          skip(in, 8);
          i++; // long and double take two slots
        }
        case 7, 8, 16, 19, 20 -> skip(in, 2);
        case 9, 10, 11, 12, 17, 18 -> skip(in, 4);
        case 15 -> skip(in, 3);
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    return strings;
  }

  private static void skip(InputStream in, int n) throws IOException {
    in.skipNBytes(n);
  }
}
