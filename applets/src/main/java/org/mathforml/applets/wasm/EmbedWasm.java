package org.mathforml.applets.wasm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Base64;

/**
 * Build step (run by maven-antrun in applets/pom.xml, never part of a bundle): wraps a {@code
 * .wasm} module as a classic script that stores its bytes, base64-encoded, in {@code
 * globalThis.mathformlWasm[key]}. A page can fetch a {@code .wasm} only over http; a classic script
 * also loads from {@code file://}, so this is what {@code mathforml-engine.js} loads. Base64 makes
 * the module about a third bigger before compression (~25 % after gzip).
 *
 * <p>Usage: {@code EmbedWasm <module.wasm> <output.js> <key>}.
 */
public final class EmbedWasm {

  private EmbedWasm() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: EmbedWasm <module.wasm> <output.js> <key>");
    }
    Path wasm = Paths.get(args[0]);
    Path out = Paths.get(args[1]);
    String key = args[2];
    if (!key.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("key must be lower-case letters, digits and '-': " + key);
    }
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, script(Files.readAllBytes(wasm), key), StandardCharsets.UTF_8);
  }

  /** The classic script for {@code bytes} under {@code key}. */
  public static String script(byte[] bytes, String key) {
    return "(function(g){(g.mathformlWasm=g.mathformlWasm||{})[\""
        + key
        + "\"]=\""
        + Base64.getEncoder().encodeToString(bytes)
        + "\";})(globalThis);\n";
  }
}
