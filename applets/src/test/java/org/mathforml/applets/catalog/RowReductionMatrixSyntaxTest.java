package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The MATRIX attribute syntax of row-reduction, as the site checks it at build time. */
class RowReductionMatrixSyntaxTest {

  @Test
  void readsAugmentedAndPlainMatrices() {
    MatrixSyntax m = MatrixSyntax.parse(" 2 1 -1 | 8; -3 -1 2 | -11;-2 1 2|-3 ");
    assertEquals(3, m.split());
    assertArrayEquals(new String[] {"-2", "1", "2", "-3"}, m.entries()[2]);
    MatrixSyntax plain = MatrixSyntax.parse("1/2 0.5; 3 4");
    assertEquals(-1, plain.split());
    assertEquals(2, plain.entries().length);
  }

  @Test
  void explainsWhatIsWrong() {
    assertTrue(MatrixSyntax.problem("1 2; 3").contains("row 2 has 1 entries but row 1 has 2"));
    assertTrue(MatrixSyntax.problem("1 2 | 3; 4 5 6").contains("bar"));
    assertTrue(MatrixSyntax.problem("1 | 2 3").contains("last column"));
    assertTrue(MatrixSyntax.problem("1 x").contains("\"x\""));
    assertTrue(MatrixSyntax.problem("").contains("empty"));
    assertTrue(MatrixSyntax.problem("1;2;3;4;5;6;7").contains("at most 6 rows"));
    assertTrue(MatrixSyntax.problem("1 2 | 3 | 4").contains("more than one bar"));
    assertTrue(MatrixSyntax.problem("| 3").contains("both sides"));
    assertNull(MatrixSyntax.problem("1 2 3 4 | 5; 1 1 1 1 | 1; 0 0 0 1 | 2; 3 0 0 0 | 1"));
  }

  @Test
  void theCatalogRejectsABadMatrixWithTheReason() {
    String problem = AppletCatalog.ROW_REDUCTION.validate(Map.of("matrix", "1 2 | 3; 4 5"));
    assertEquals(
        "attribute \"matrix\" of applet \"row-reduction\" must be a matrix such as "
            + "\"1 2 | 3; 4 5 | 6\", got \"1 2 | 3; 4 5\": row 2 has its bar | in another place "
            + "than row 1 (or none)",
        problem);
    assertNull(
        AppletCatalog.ROW_REDUCTION.validate(Map.of("matrix", "1 2; 3 4", "replay", "false")));
  }
}
