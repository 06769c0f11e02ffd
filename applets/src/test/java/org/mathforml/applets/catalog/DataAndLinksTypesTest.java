package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DATA (perceptron-regression's houses) and LINKS (page-rank's web) attribute types: the
 * catalog checks them itself, so the build and the bundle reject a bad value with one message.
 */
class DataAndLinksTypesTest {

  private static final String LINKS_NOUN =
      "links such as \"A>B C; B>C; C>A\" (a page, '>' and the pages it links to)";
  private static final String DATA_NOUN =
      "houses such as \"86 4 237; 52 1 175; 94 4 276\" (size rooms price)";

  @Test
  void theTwoAppletsUseTheTypes() {
    assertEquals(AttributeSpec.Type.LINKS, AppletCatalog.PAGE_RANK.attribute("links").type());
    assertEquals(
        AttributeSpec.Type.DATA, AppletCatalog.PERCEPTRON_REGRESSION.attribute("data").type());
  }

  @Test
  void linksAcceptsWebsWithPagesWithoutLinksAndLooseSpacing() {
    for (String good :
        new String[] {
          "A>B C; B>C; C>A; D>C",
          "A>B; B>A C; C",
          "A>B;B>",
          " 1>2 ; 2>1 ; ",
          "a>B; B>a",
          "A>B C D E F"
        }) {
      assertNull(LinksSyntax.problem(good), good);
      assertNull(AppletCatalog.PAGE_RANK.validate(Map.of("links", good)), good);
    }
    LinksSyntax web = LinksSyntax.parse("A>B C; B>C; C>A; D>C");
    assertArrayEquals(new char[] {'A', 'B', 'C', 'D'}, web.names());
    assertTrue(web.links()[0][2]);
    assertTrue(web.links()[2][0]);
    assertTrue(web.links()[3][2]);
    assertFalse(web.links()[0][0]);
    assertFalse(web.links()[0][3]);
  }

  @Test
  void linksExplainsWhatIsWrong() {
    String[][] cases = {
      {"A>A", "page A links to itself"},
      {"A>BC", "the links of A must be page names separated by spaces"},
      {"AB>C", "\"AB\" is not a page name (one letter or digit)"},
      {"A>B; A>C", "page A has two clauses; list all its links in one"},
      {"A>B B", "page A links to B twice"},
      {"A", "at least 2 pages"},
      {"", "at least 2 pages"},
      {"A>B;;B>A", "an empty clause between two ';'"},
      {"A>B C D E F G", "at most 6 pages"},
      {"A>+", "the links of A must be page names separated by spaces"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], LinksSyntax.problem(c[0]), c[0]);
      assertThrows(IllegalArgumentException.class, () -> LinksSyntax.parse(c[0]), c[0]);
    }
  }

  @Test
  void theCatalogRejectsBadLinksNamingAttributeAppletSyntaxAndReason() {
    assertEquals(
        "attribute \"links\" of applet \"page-rank\" must be "
            + LINKS_NOUN
            + ", got \"A>A; B>A\": page A links to itself",
        AppletCatalog.PAGE_RANK.validate(Map.of("links", "A>A; B>A")));
    assertEquals(
        "attribute \"links\" of applet \"page-rank\" must be "
            + LINKS_NOUN
            + ", got \"A>B, C\": the links of A must be page names separated by spaces",
        AppletCatalog.PAGE_RANK.validate(Map.of("links", "A>B, C", "damping", "0.5")));
  }

  @Test
  void dataAcceptsHousesAndATrailingSemicolon() {
    for (String good :
        new String[] {
          AppletCatalog.HOUSES, "1 2 3; 4 5 6; 7 8 9", "1 2 3; 4 5 6; 7 8 9;", "-1 0 3;4 5 6;7  8 9"
        }) {
      assertNull(DataSyntax.problem(good), good);
      assertNull(AppletCatalog.PERCEPTRON_REGRESSION.validate(Map.of("data", good)), good);
    }
    StringBuilder hundred = new StringBuilder();
    for (int i = 0; i < DataSyntax.MAX_ROWS; i++) {
      hundred.append(i).append(" 1 2;");
    }
    assertNull(DataSyntax.problem(hundred.toString()));
    assertEquals("give between 3 and 100 houses", DataSyntax.problem(hundred + "1 1 1"));
    assertArrayEquals(new double[] {-1, 0, 3}, DataSyntax.parse("-1 0 3;4 5 6;7  8 9")[0], 0);
  }

  @Test
  void dataExplainsWhatIsWrong() {
    String[][] cases = {
      {"1 2 3; 4 5", "house 2 must be three whole numbers \"size rooms price\", got \"4 5\""},
      {
        "1 2 3; 4 5 6 7; 8 9 10",
        "house 2 must be three whole numbers \"size rooms price\", got \"4 5 6 7\""
      },
      {
        "1 2 3; 4 5 x; 7 8 9",
        "house 2 must be three whole numbers \"size rooms price\", got \"4 5 x\""
      },
      {
        "1.5 2 3; 4 5 6; 7 8 9",
        "house 1 must be three whole numbers \"size rooms price\", got \"1.5 2 3\""
      },
      {
        "1 2 3;; 4 5 6; 7 8 9", "house 2 must be three whole numbers \"size rooms price\", got \"\""
      },
      {"1 2 3; 4 5 6", "give between 3 and 100 houses"},
      {"", "give between 3 and 100 houses"},
    };
    for (String[] c : cases) {
      assertEquals(c[1], DataSyntax.problem(c[0]), c[0]);
    }
  }

  @Test
  void theCatalogRejectsBadDataNamingAttributeAppletSyntaxAndReason() {
    assertEquals(
        "attribute \"data\" of applet \"perceptron-regression\" must be "
            + DATA_NOUN
            + ", got \"86 4 237; 52 1; 94 4 276\": house 2 must be three whole numbers "
            + "\"size rooms price\", got \"52 1\"",
        AppletCatalog.PERCEPTRON_REGRESSION.validate(
            Map.of("data", "86 4 237; 52 1; 94 4 276", "inputs", "2")));
  }

  @Test
  void onlyNumericAttributesTakeRangesOrOrderConstraints() {
    AttributeSpec links = AttributeSpec.optional("web", AttributeSpec.Type.LINKS, "A>B; B>A", "w");
    assertThrows(IllegalArgumentException.class, () -> links.range(0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeSpec.optional("web", AttributeSpec.Type.LINKS, "A>A", "bad default"));
    assertThrows(
        IllegalArgumentException.class,
        () -> AttributeSpec.optional("d", AttributeSpec.Type.DATA, "1 2 3", "bad default"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            AppletSpec.builder("x", "x")
                .attribute(links)
                .attribute(AttributeSpec.optional("n", AttributeSpec.Type.NUMBER, "1", "n"))
                .lessThan("web", "n")
                .build());
  }
}
