package org.mathforml.site;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.mathforml.site.build.BuildFailedException;
import org.mathforml.site.build.BuildOptions;
import org.mathforml.site.build.SiteBuilder;
import org.mathforml.site.serve.DevServer;

/**
 * Command line: {@code build} writes target/site (and its offline zip); {@code serve} builds,
 * serves at http://127.0.0.1:8000/ and rebuilds + reloads the browser on every edit; {@code bench}
 * prints build times and page weights.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Deque<String> rest = new ArrayDeque<>(List.of(args));
    String command = rest.isEmpty() ? "build" : rest.pop();
    BuildOptions options = BuildOptions.forProject(findProjectRoot());
    int port = 8000;
    while (!rest.isEmpty()) {
      String flag = rest.pop();
      switch (flag) {
        case "--out" -> options.output(Path.of(rest.pop()));
        case "--katex" -> options.katexBackend(rest.pop());
        case "--no-zip" -> options.zip(false);
        case "--strict-applets" -> options.strictApplets(true);
        case "--port" -> port = Integer.parseInt(rest.pop());
        default -> {
          System.err.println(
              "unknown option "
                  + flag
                  + " (use --out DIR, --katex auto|node|graal, --no-zip, --port N)");
          System.exit(2);
        }
      }
    }
    switch (command) {
      case "build" -> System.exit(build(options));
      case "serve" -> new DevServer(options, port).run();
      case "bench" -> Benchmark.run(options);
      default -> {
        System.err.println("usage: build | serve | bench [options]");
        System.exit(2);
      }
    }
  }

  private static int build(BuildOptions options) {
    SiteBuilder builder = new SiteBuilder(options);
    try {
      var report = builder.build();
      System.out.println(
          "Built " + report.output() + " in " + report.times().millis().get("total") + " ms");
      return 0;
    } catch (BuildFailedException e) {
      System.err.println(e.getMessage());
      System.err.println("Build failed; the previous site was left as it was.");
      return 1;
    } finally {
      builder.close();
    }
  }

  /** The folder holding jbake.properties: given by -Dmathforml.root, or found upwards from here. */
  static Path findProjectRoot() {
    String given = System.getProperty("mathforml.root");
    if (given != null && !given.isBlank()) {
      return Path.of(given).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("jbake.properties"))
          && Files.isDirectory(p.resolve("content"))) {
        return p;
      }
    }
    throw new IllegalStateException("run from the project folder (the one with jbake.properties)");
  }
}
