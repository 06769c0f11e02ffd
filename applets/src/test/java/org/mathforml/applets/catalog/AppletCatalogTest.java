package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppletCatalogTest {

  private static Map<String, String> attrs(String... keyValues) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  private static String validate(String... keyValues) {
    return AppletCatalog.find("two-lines").validate(attrs(keyValues));
  }

  @Test
  void findsKnownAndRejectsUnknownNames() {
    assertNotNull(AppletCatalog.find("two-lines"));
    assertNull(AppletCatalog.find("no-such-applet"));
    assertNull(AppletCatalog.find(null));
    assertTrue(AppletCatalog.names().contains("two-lines"));
  }

  @Test
  void namesAreUniqueKebabCase() {
    List<String> names = AppletCatalog.names();
    assertEquals(names.size(), new java.util.HashSet<>(names).size());
    for (String n : names) {
      assertTrue(n.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), n);
    }
  }

  @Test
  void everyDefaultIsValidAndEveryAttributeDescribed() {
    for (AppletSpec spec : AppletCatalog.all()) {
      assertNull(spec.validate(new HashMap<>()), spec.name());
      assertFalse(spec.description().isEmpty());
      for (AttributeSpec a : spec.attributes()) {
        assertFalse(a.description().isEmpty(), a.name());
        assertFalse(a.isRequired() && a.defaultValue() != null);
      }
    }
  }

  @Test
  void twoLinesDefaults() {
    Map<String, String> resolved = AppletCatalog.TWO_LINES.resolve(new HashMap<>());
    assertEquals(
        List.of("a1", "b1", "c1", "a2", "b2", "c2", "xmin", "xmax", "ymin", "ymax"),
        List.copyOf(resolved.keySet()));
    assertEquals(
        List.of("2", "1", "5", "1", "-1", "1", "-6", "6", "-6", "6"),
        List.copyOf(resolved.values()));
  }

  @Test
  void acceptsIntegersDecimalsAndFractions() {
    assertNull(
        validate("a1", "3", "b1", "-1/2", "c1", "0.75", "a2", "+4", "b2", ".5", "c2", " 7 "));
  }

  @Test
  void resolveTrimsAndKeepsGivenValues() {
    Map<String, String> r = AppletCatalog.TWO_LINES.resolve(attrs("a1", " -3/4 ", "xmax", "8"));
    assertEquals("-3/4", r.get("a1"));
    assertEquals("8", r.get("xmax"));
    assertEquals("1", r.get("b1"));
  }

  @Test
  void rejectsNonNumbersWithClearMessage() {
    assertEquals(
        "attribute \"a1\" of applet \"two-lines\" must be a number, got \"x\"",
        validate("a1", "x"));
    for (String bad :
        new String[] {
          "",
          " ",
          "-",
          "1/0",
          "1/-2",
          "1.",
          "1e3",
          "0x10",
          "1,5",
          "1/2/3",
          "--1",
          "1 1/2",
          "1234567890123456"
        }) {
      assertNotNull(validate("b2", bad), bad);
    }
  }

  @Test
  void rejectsUnknownAttributeListingKnownOnes() {
    assertEquals(
        "unknown attribute \"foo\" for applet \"two-lines\" (known: a1, b1, c1, a2,"
            + " b2, c2, xmin, xmax, ymin, ymax)",
        validate("foo", "1"));
    // Unknown names are reported first, alphabetically, whatever the map order.
    assertTrue(validate("zeta", "1", "alpha", "2", "a1", "x").contains("\"alpha\""));
  }

  @Test
  void checksRangeAndOrderOfWindow() {
    assertEquals(
        "attribute \"xmax\" of applet \"two-lines\" must be a number between -1000"
            + " and 1000, got \"5000\"",
        validate("xmax", "5000"));
    assertEquals(
        "attribute \"xmin\" of applet \"two-lines\" must be less than \"xmax\", got"
            + " xmin=\"6\" and xmax=\"6\"",
        validate("xmin", "6"));
    assertNotNull(validate("ymin", "3", "ymax", "-3"));
    assertNull(validate("xmin", "-1/2", "xmax", "0.5", "ymin", "0", "ymax", "10"));
  }

  @Test
  void attributeTypes() {
    AttributeSpec n =
        AttributeSpec.optional("n", AttributeSpec.Type.INTEGER, "3", "count").range(1, 10);
    assertNull(n.check("10", "demo"));
    assertEquals(
        "attribute \"n\" of applet \"demo\" must be an integer, got \"2.5\"",
        n.check("2.5", "demo"));
    assertEquals(
        "attribute \"n\" of applet \"demo\" must be an integer between 1 and 10," + " got \"0\"",
        n.check("0", "demo"));
    AttributeSpec b = AttributeSpec.optional("grid", AttributeSpec.Type.BOOLEAN, "true", "x");
    assertNull(b.check("false", "demo"));
    assertEquals(
        "attribute \"grid\" of applet \"demo\" must be true or false, got \"yes\"",
        b.check("yes", "demo"));
    AttributeSpec s = AttributeSpec.optional("title", AttributeSpec.Type.STRING, "", "x");
    assertNull(s.check("anything at all", "demo"));
  }

  @Test
  void requiredAttributes() {
    AppletSpec spec =
        AppletSpec.builder("demo", "a demo")
            .attribute(AttributeSpec.required("matrix", AttributeSpec.Type.STRING, "the matrix"))
            .build();
    assertEquals(
        "attribute \"matrix\" of applet \"demo\" is required (the matrix)",
        spec.validate(new HashMap<>()));
    assertNull(spec.validate(attrs("matrix", "1 2; 3 4")));
  }

  @Test
  void badSpecsFailFast() {
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeSpec.optional("a", AttributeSpec.Type.NUMBER, "x", "bad default"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeSpec.optional("A1", AttributeSpec.Type.NUMBER, "1", "upper case"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeSpec.optional("a", AttributeSpec.Type.NUMBER, "20", "d").range(0, 10));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AppletSpec.builder("d", "d")
                .attribute(AttributeSpec.optional("a", AttributeSpec.Type.NUMBER, "1", "d"))
                .attribute(AttributeSpec.optional("a", AttributeSpec.Type.NUMBER, "1", "d")));
    assertThrows(
        IllegalArgumentException.class,
        () -> AppletSpec.builder("d", "d").lessThan("a", "b").build());
  }
}
