package org.mathforml.site.math;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.mathforml.site.math.internal.JsonStrings;

/** KaTeX in a long-lived Node.js process (about 0.3 ms a formula, measured). */
public final class NodeKatex implements Katex {
  private final Process process;
  private final Writer toNode;
  private final BufferedReader fromNode;
  private final Path workDir;

  private NodeKatex(Process process, Path workDir) {
    this.process = process;
    this.workDir = workDir;
    this.toNode = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    this.fromNode =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** True when a {@code node} executable answers on the PATH. */
  public static boolean available() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  public static NodeKatex start(Macros macros) {
    try {
      Path dir = Files.createTempDirectory("mathforml-katex");
      Path katex = dir.resolve("katex.min.js");
      Files.write(katex, KatexAssets.bytes("katex.min.js"));
      Path render = dir.resolve("katex-render.js");
      Files.writeString(render, KatexAssets.resource("katex-render.js"));
      Path sidecar = dir.resolve("katex-sidecar.js");
      Files.writeString(sidecar, KatexAssets.resource("katex-sidecar.js"));
      Process p =
          new ProcessBuilder("node", sidecar.toString(), katex.toString(), render.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      NodeKatex node = new NodeKatex(p, dir);
      node.toNode.write(macros.toJson() + "\n");
      node.toNode.flush();
      return node;
    } catch (IOException e) {
      throw new UncheckedIOException("could not start node for KaTeX", e);
    }
  }

  @Override
  public synchronized String render(String tex, boolean display) throws KatexException {
    String reply;
    try {
      toNode.write("{\"tex\":" + JsonStrings.quote(tex) + ",\"display\":" + display + "}\n");
      toNode.flush();
      reply = fromNode.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException("the KaTeX node process failed", e);
    }
    if (reply == null) {
      throw new IllegalStateException("the KaTeX node process stopped");
    }
    if (reply.startsWith("OK ")) {
      return JsonStrings.unquote(reply, 3);
    }
    int space = reply.indexOf(' ', 4);
    int position = Integer.parseInt(reply.substring(4, space));
    throw new KatexException(JsonStrings.unquote(reply, space + 1), position);
  }

  @Override
  public synchronized void close() {
    try {
      toNode.close();
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      // closing is best effort
    } finally {
      process.destroy();
      deleteQuietly(workDir);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException ignored) {
      // a temp dir left behind is harmless
    }
  }
}
