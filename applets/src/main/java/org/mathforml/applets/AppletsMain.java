package org.mathforml.applets;

import org.mathforml.applets.catalog.AppletCatalog;
import org.mathforml.applets.components.Dom;

/**
 * TeaVM entry point of the shared bundle. The bundle defines the global function {@code
 * mathformlApplets} and calls it itself (see the tail appended in applets/pom.xml); {@code main}
 * mounts every {@code [data-applet]} element once the DOM is ready. Quizzes have their own bundle
 * ({@code quiz.js}, entry {@code org.mathforml.applets.quiz.ui.QuizMain}). Calling {@code
 * mathformlApplets()} again later mounts elements added since (already mounted ones are skipped).
 */
public final class AppletsMain {

  private AppletsMain() {}

  public static void main(String[] args) {
    try {
      for (String name : Registry.names()) {
        if (AppletCatalog.find(name) == null) {
          Dom.consoleError("mathforml applets: \"" + name + "\" has no catalog entry");
        }
      }
      if ("loading".equals(Dom.readyState())) {
        Dom.on(Dom.document(), "DOMContentLoaded", e -> mountAll());
      } else {
        mountAll();
      }
    } catch (Throwable e) {
      Dom.consoleError("mathforml applets: start-up failed: " + e.getMessage());
    }
  }

  private static void mountAll() {
    try {
      AppletMounter.mountAll();
    } catch (Throwable e) {
      Dom.consoleError("mathforml applets: " + e.getMessage());
    }
  }
}
