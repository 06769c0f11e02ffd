package org.mathforml.site.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mathforml.site.build.FixtureProject;

/**
 * The palette in templates/assets/css/site.css meets WCAG 2.2 contrast in both themes: text colours
 * at least 4.5:1 (1.4.3, AA) on both backgrounds, plot and applet series and the focus ring at
 * least 3:1 (1.4.11, non-text contrast).
 */
class PaletteContrastTest {
  static final double TEXT = 4.5;
  static final double NON_TEXT = 3.0;
  private static final Pattern COLOUR =
      Pattern.compile("--([a-z0-9-]+):\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)");

  @Test
  void textAndSeriesColoursContrastWithBothBackgroundsInBothThemes() throws IOException {
    String css =
        Files.readString(FixtureProject.repositoryRoot().resolve("templates/assets/css/site.css"));
    Map<String, String[]> palette = new LinkedHashMap<>();
    Matcher m = COLOUR.matcher(css);
    while (m.find()) {
      palette.put(m.group(1), new String[] {m.group(2), m.group(3)});
    }
    assertTrue(palette.keySet().containsAll(List.of("bg", "bg-soft", "fg", "muted", "accent")));
    List<String> failures = new ArrayList<>();
    for (int theme = 0; theme < 2; theme++) {
      for (String background : List.of("bg", "bg-soft")) {
        for (String name : palette.keySet()) {
          if (name.startsWith("bg") || name.equals("border")) {
            continue;
          }
          double needed = List.of("fg", "muted", "accent").contains(name) ? TEXT : NON_TEXT;
          double ratio = contrast(palette.get(name)[theme], palette.get(background)[theme]);
          if (ratio < needed) {
            failures.add(
                (theme == 0 ? "light " : "dark ") + name + " on " + background + ": " + ratio);
          }
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void contrastFormulaMatchesWcagReferenceValues() {
    assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
    assertEquals(1.0, contrast("#777777", "#777777"), 1e-9);
    assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01); // the classic "#777 fails AA"
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
    double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
    double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
