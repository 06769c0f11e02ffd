package org.mathforml.applets.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every question generator must do (EJML-style contract; webwork's "every quiz accepts its own
 * answer"), run over {@link #SEEDS} seeds: the model answer is accepted; every distractor and every
 * typical mistake is rejected as a readable wrong answer; options are distinct; the key survives
 * {@link Serialized}; all MathML is well formed; the prompt's placeholders are filled; a seed
 * always gives the same variant; and the variant for seed 1 has a recorded fingerprint, so a
 * browser run can be compared with the JVM. Subclasses add the generator's own degenerate-case
 * checks, computed independently of the generator.
 */
public abstract class GeneratorContract {

  /** Seeds per generator (0 .. SEEDS-1). */
  protected static final int SEEDS = 10_000;

  /** The generator under test. */
  protected abstract Generator generator();

  /**
   * The fingerprint of seed 1, recorded from the JVM run that introduced or last changed the
   * generator (source: {@code Variant.fingerprint()} printed by this test on mismatch).
   */
  protected abstract String seedOneFingerprint();

  /** Generator-specific checks (no degenerate variant), computed without the generator's code. */
  protected abstract void checkVariant(Variant v);

  @Test
  void everySeedGivesASoundVariant() {
    Generator g = generator();
    Set<String> fingerprints = new HashSet<>();
    for (int seed = 0; seed < SEEDS; seed++) {
      Variant v = g.generate(seed);
      String where = g.name() + " seed " + seed + "\n" + v.dump();
      assertEquals(g.name(), v.generator());
      assertEquals(seed, v.seed());
      checkSound(v, where);
      try {
        checkVariant(v);
      } catch (AssertionError e) {
        throw new AssertionError(where + "\n" + e.getMessage(), e);
      }
      if (seed % 10 == 0) {
        assertEquals(v.dump(), g.generate(seed).dump(), "not deterministic: " + where);
      }
      fingerprints.add(v.fingerprint());
    }
    assertTrue(
        fingerprints.size() > SEEDS / 10, "too few different variants: " + fingerprints.size());
  }

  @Test
  void extremeSeedsWork() {
    for (int seed : new int[] {Integer.MIN_VALUE, -1, Integer.MAX_VALUE}) {
      Variant v = generator().generate(seed);
      checkSound(v, "seed " + seed);
      checkVariant(v);
    }
  }

  @Test
  void seedOneMatchesTheRecordedFingerprint() {
    Variant v = generator().generate(1);
    assertEquals(seedOneFingerprint(), v.fingerprint(), "dump of seed 1:\n" + v.dump());
  }

  @Test
  void isRegisteredUnderItsName() {
    Generator g = generator();
    Generator found = Generators.find(g.name());
    assertNotNull(found, g.name() + " is not in Generators");
    assertSame(g.getClass(), found.getClass());
    assertFalse(g.description().isEmpty());
    assertTrue(g.name().matches("[a-z0-9]+(-[a-z0-9]+)*"), "kebab-case name: " + g.name());
  }

  @Test
  void garbageIsReportedNotThrown() {
    Variant v = generator().generate(7);
    Response[] junk = {
      Response.text(""),
      Response.text("zzz"),
      Response.text("1/0"),
      Response.selected(),
      Response.cells("", ""),
      Response.grid(new String[][] {{"?"}})
    };
    for (Response r : junk) {
      Verdict verdict = Checker.check(v.key(), r);
      assertFalse(verdict.isCorrect());
      assertFalse(verdict.message().isEmpty());
    }
  }

  private static void checkSound(Variant v, String where) {
    Verdict model = Checker.check(v.key(), v.modelResponse());
    assertTrue(model.isCorrect(), "model answer rejected (" + model.message() + "): " + where);
    List<Choice> choices = v.choices();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < choices.size(); i++) {
      Choice c = choices.get(i);
      assertTrue(labels.add(c.label().text()), "duplicate option: " + where);
      wellFormed(c.label(), where);
      if (!c.isCorrect()) {
        Verdict d = Checker.check(v.key(), Response.selected(i));
        assertFalse(d.isCorrect(), "distractor accepted (" + c.mistake() + "): " + where);
        assertTrue(d.isReadable(), where);
      }
    }
    if (v.key().kind() == AnswerKey.Kind.CHOICE) {
      assertTrue(choices.size() >= 2, where);
    } else {
      assertFalse(v.mistakes().isEmpty(), "no typical mistakes: " + where);
    }
    for (Mistake m : v.mistakes()) {
      Verdict d = Checker.check(v.key(), m.response());
      assertFalse(d.isCorrect(), "mistake accepted (" + m.description() + "): " + where);
      assertTrue(d.isReadable(), "mistake unreadable (" + d.message() + "): " + where);
    }
    String key = Serialized.write(v.key());
    assertEquals(key, Serialized.write(Serialized.read(key)), where);
    assertFalse(v.promptText().contains("{"), where);
    assertTrue(v.promptHtml().contains("<math>"), where);
    for (Param p : v.params()) {
      wellFormed(p.value(), where);
    }
    assertFalse(v.solution().isEmpty(), where);
    for (SolutionStep s : v.solution()) {
      if (s.math() != null) {
        wellFormed(s.math(), where);
      }
    }
  }

  /** Checks that the MathML is one balanced {@code <math>} element with only numeric entities. */
  static void wellFormed(MathText t, String where) {
    String s = t.mathml();
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = s.indexOf('>', i);
        assertTrue(end > i, "unclosed tag in " + s + ": " + where);
        String tag = s.substring(i + 1, end);
        if (tag.startsWith("/")) {
          assertEquals(open.pop(), tag.substring(1), "mismatched tag in " + s + ": " + where);
        } else if (!tag.endsWith("/")) {
          int space = tag.indexOf(' ');
          open.push(space < 0 ? tag : tag.substring(0, space));
        }
        i = end + 1;
      } else {
        if (c == '&') {
          assertTrue(s.startsWith("&#x", i) && s.indexOf(';', i) > i, "entity in " + s);
        }
        assertTrue(c >= 32 && c < 127, "non-ASCII character in MathML: " + s);
        i++;
      }
      if (open.isEmpty()) {
        assertEquals(s.length(), i, "content after </math> in " + s + ": " + where);
      }
    }
    assertTrue(open.isEmpty(), "unclosed elements in " + s);
    assertTrue(s.startsWith("<math>"), s);
    assertFalse(t.text().isEmpty());
    assertFalse(t.latex().isEmpty());
  }
}
