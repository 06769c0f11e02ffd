package org.mathforml.site.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mathforml.applets.bundles.Bundle;
import org.mathforml.applets.bundles.Bundles;

/**
 * Which browser bundles a page loads, read from its rendered body: the smallest one bundle that has
 * every applet, the quiz runtime and every question generator the page uses. When no bundle has all
 * of them, the smallest bundle with the quiz runtime and the page's generators plus applet-only
 * bundles for the rest (never two quiz runtimes on one page, which would mount the same quiz
 * twice). Size is the production bundle's bytes, read once from the applets jar.
 */
public final class PageBundles {

  private final List<Entry> bundles = new ArrayList<>();

  public PageBundles() {
    for (Bundle b : Bundles.all()) {
      bundles.add(new Entry(b));
    }
  }

  /** A bundle's name, contents and production size, read once. */
  private static final class Entry {
    final String name;
    final Set<String> applets;
    final Set<String> generators;
    final boolean quiz;
    final int size;

    Entry(Bundle b) {
      name = b.name();
      applets = new HashSet<>(b.applets());
      generators = new HashSet<>(b.generators());
      quiz = b.hasQuiz();
      size = StaticAssets.bundle(name + ".js").length;
    }
  }

  /** What a rendered body uses. */
  public static final class Needs {
    final Set<String> applets = new LinkedHashSet<>();
    final Set<String> generators = new LinkedHashSet<>();
    boolean quiz;

    public boolean isEmpty() {
      return applets.isEmpty() && !quiz;
    }
  }

  /** Reads {@code data-applet}, {@code data-quiz} and {@code data-generator} attributes. */
  public static Needs needs(String body) {
    Needs needs = new Needs();
    collect(body, " data-applet=\"", needs.applets);
    collect(body, " data-generator=\"", needs.generators);
    needs.quiz = body.contains(" data-quiz=\"");
    return needs;
  }

  /**
   * The bundle names to load, in order.
   *
   * @throws IllegalArgumentException when no set of bundles covers the page (the message says what
   *     is missing and where bundles are defined)
   */
  public List<String> choose(Needs needs) {
    List<String> out = new ArrayList<>();
    if (needs.isEmpty()) {
      return out;
    }
    Entry whole = smallest(needs.applets, needs.quiz, needs.generators);
    if (whole != null) {
      out.add(whole.name);
      return out;
    }
    Set<String> left = new LinkedHashSet<>(needs.applets);
    if (needs.quiz) {
      Entry quiz = smallest(Set.of(), true, needs.generators);
      if (quiz == null) {
        throw new IllegalArgumentException(
            "no bundle has the question generators "
                + needs.generators
                + " together; add one to applets/src/main/java/org/mathforml/applets/bundles/"
                + "Bundles.java");
      }
      out.add(quiz.name);
      left.removeAll(quiz.applets);
    }
    while (!left.isEmpty()) {
      Entry best = null;
      int bestCount = 0;
      for (Entry b : bundles) {
        int count = 0;
        for (String a : left) {
          count += b.applets.contains(a) ? 1 : 0;
        }
        boolean better = count > bestCount || count == bestCount && count > 0 && b.size < best.size;
        if (!b.quiz && better) {
          best = b;
          bestCount = count;
        }
      }
      if (best == null) {
        throw new IllegalArgumentException(
            "no bundle without a quiz runtime has the applets "
                + left
                + ", and none has them together with this page's quiz; add one to "
                + "applets/src/main/java/org/mathforml/applets/bundles/Bundles.java");
      }
      out.add(best.name);
      left.removeAll(best.applets);
    }
    return out;
  }

  /** Production bytes of the bundle called {@code name}. */
  public int size(String name) {
    for (Entry b : bundles) {
      if (b.name.equals(name)) {
        return b.size;
      }
    }
    throw new IllegalArgumentException("no bundle " + name);
  }

  private Entry smallest(Set<String> applets, boolean quiz, Set<String> generators) {
    Entry best = null;
    for (Entry b : bundles) {
      boolean has =
          b.applets.containsAll(applets)
              && (!quiz || b.quiz && b.generators.containsAll(generators));
      if (has && (best == null || b.size < best.size)) {
        best = b;
      }
    }
    return best;
  }

  private static void collect(String body, String marker, Set<String> into) {
    for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
      int start = at + marker.length();
      into.add(body.substring(start, body.indexOf('"', start)));
    }
  }
}
