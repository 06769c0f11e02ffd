package org.mathforml.applets.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariantTest {

  private static final MathText X = MathText.of("x < 1", "x < 1", "<math><mi>x</mi></math>");

  private static Variant.Builder base() {
    return Variant.builder("demo", 3)
        .prompt("Is {P} & true?")
        .param("P", X)
        .key(AnswerKey.trueFalse(true))
        .model(Response.truth(true))
        .mistake("guessed", Response.truth(false))
        .step("Because.", null);
  }

  @Test
  void promptForms() {
    Variant v = base().build();
    assertEquals("Is x < 1 & true?", v.promptText());
    assertEquals("Is $x < 1$ & true?", v.promptLatex());
    assertEquals("Is <math><mi>x</mi></math> &amp; true?", v.promptHtml());
    assertTrue(v.fingerprint().matches("[0-9a-f]{8}"), v.fingerprint());
    assertEquals(v.fingerprint(), base().build().fingerprint());
  }

  @Test
  void builderRejectsInconsistentParts() {
    assertThrows(IllegalStateException.class, () -> base().prompt("{Q}").build());
    assertThrows(IllegalStateException.class, () -> base().param("P", X).build());
    assertThrows(
        IllegalStateException.class,
        () -> base().choice(Choice.correct(X)).build(),
        "options for a true/false key");
    MathText one = MathText.of("1", "1", "<math><mn>1</mn></math>");
    Variant.Builder dup =
        base()
            .key(AnswerKey.singleChoice(2, 0))
            .model(Response.selected(0))
            .choice(Choice.correct(one))
            .choice(Choice.distractor(one, "same text"));
    IllegalStateException e = assertThrows(IllegalStateException.class, dup::build);
    assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
    Variant.Builder disagree =
        base()
            .key(AnswerKey.singleChoice(2, 1))
            .model(Response.selected(1))
            .choice(Choice.correct(one))
            .choice(Choice.distractor(X, "x"));
    assertThrows(IllegalStateException.class, disagree::build);
    Variant.Builder noSolution =
        Variant.builder("demo", 1)
            .prompt("p")
            .key(AnswerKey.trueFalse(true))
            .model(Response.truth(true));
    assertThrows(IllegalStateException.class, noSolution::build);
  }

  @Test
  void mathTextAndParamsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> MathText.of("x", "x", "<mi>x</mi>"));
    assertThrows(IllegalArgumentException.class, () -> Param.of("a b", X));
    assertThrows(IllegalArgumentException.class, () -> Choice.distractor(X, ""));
  }

  @Test
  void registryNamesAreUniqueAndFindable() {
    Set<String> seen = new HashSet<>();
    for (String name : Generators.names()) {
      assertTrue(seen.add(name), "duplicate generator " + name);
      assertEquals(name, Generators.find(name).name());
    }
    assertTrue(seen.size() >= 5);
    assertNull(Generators.find("no-such-generator"));
  }
}
