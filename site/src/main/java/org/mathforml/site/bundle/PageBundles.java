package org.mathforml.site.bundle;

import java.util.ArrayList;
import java.util.Comparator;
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

  private final List<Bundle> bundles = new ArrayList<>();
  private final List<Integer> sizes = new ArrayList<>();

  public PageBundles() {
    for (Bundle b : Bundles.all()) {
      bundles.add(b);
      sizes.add(StaticAssets.bundle(b.name() + ".js").length);
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
    Bundle whole = smallest(needs.applets, needs.quiz, needs.generators);
    if (whole != null) {
      out.add(whole.name());
      return out;
    }
    Set<String> left = new LinkedHashSet<>(needs.applets);
    if (needs.quiz) {
      Bundle quiz = smallest(Set.of(), true, needs.generators);
      if (quiz == null) {
        throw new IllegalArgumentException(
            "no bundle has the question generators "
                + needs.generators
                + " together; add one to applets/src/main/java/org/mathforml/applets/bundles/"
                + "Bundles.java");
      }
      out.add(quiz.name());
      left.removeAll(quiz.applets());
    }
    while (!left.isEmpty()) {
      Bundle best = null;
      int bestCount = 0;
      for (int i = 0; i < bundles.size(); i++) {
        Bundle b = bundles.get(i);
        int count = 0;
        for (String a : left) {
          count += b.applets().contains(a) ? 1 : 0;
        }
        boolean better =
            count > bestCount || count == bestCount && count > 0 && sizes.get(i) < size(best);
        if (!b.hasQuiz() && better) {
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
      out.add(best.name());
      left.removeAll(best.applets());
    }
    return out;
  }

  /** Production bytes of the bundle called {@code name}. */
  public int size(String name) {
    for (int i = 0; i < bundles.size(); i++) {
      if (bundles.get(i).name().equals(name)) {
        return sizes.get(i);
      }
    }
    throw new IllegalArgumentException("no bundle " + name);
  }

  private int size(Bundle b) {
    return b == null ? Integer.MAX_VALUE : size(b.name());
  }

  private Bundle smallest(Set<String> applets, boolean quiz, Set<String> generators) {
    return bundles.stream()
        .filter(b -> b.applets().containsAll(applets))
        .filter(b -> !quiz || b.hasQuiz() && b.generators().containsAll(generators))
        .min(Comparator.comparingInt(this::size))
        .orElse(null);
  }

  private static void collect(String body, String marker, Set<String> into) {
    for (int at = body.indexOf(marker); at >= 0; at = body.indexOf(marker, at + 1)) {
      int start = at + marker.length();
      into.add(body.substring(start, body.indexOf('"', start)));
    }
  }
}
