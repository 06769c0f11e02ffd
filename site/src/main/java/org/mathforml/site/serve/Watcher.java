package org.mathforml.site.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Watches folders (recursively) and calls back once per burst of changes. */
final class Watcher {
  /** Editors save in several steps; wait this long for the burst to end. */
  private static final long QUIET_MILLIS = 40;

  private final List<Path> roots;

  Watcher(List<Path> roots) {
    this.roots = roots;
  }

  void run(Consumer<Path> onChange) throws IOException, InterruptedException {
    try (WatchService service = FileSystems.getDefault().newWatchService()) {
      Map<WatchKey, Path> keys = new HashMap<>();
      for (Path root : roots) {
        registerTree(service, root, keys);
      }
      while (true) {
        WatchKey key = service.take();
        Path changed = null;
        while (key != null) {
          Path dir = keys.get(key);
          for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name && dir != null) {
              changed = dir.resolve(name);
              if (Files.isDirectory(changed)) {
                registerTree(service, changed, keys);
              }
            }
          }
          key.reset();
          key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
        }
        if (changed != null) {
          onChange.accept(changed);
        }
      }
    }
  }

  private static void registerTree(WatchService service, Path root, Map<WatchKey, Path> keys)
      throws IOException {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (var dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        WatchKey key =
            dir.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        keys.put(key, dir);
      }
    }
  }
}
