package org.mathforml.site.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PerceptronHousesDataTest {
  @Test
  void committedFileIsWhatTheGeneratorMakes() throws IOException {
    if (System.getProperty("houses.write") != null) {
      HousesDataset.write();
    }
    String committed = Files.readString(HousesDataset.committed(), StandardCharsets.UTF_8);
    assertEquals(
        HousesDataset.csv(),
        committed,
        "houses.csv differs from the generator; regenerate with -Dhouses.write");
  }

  @Test
  void theAppletsDefaultDataIsTheSameHouses() {
    assertEquals(HousesDataset.attribute(), org.mathforml.applets.catalog.AppletCatalog.HOUSES);
  }

  @Test
  void rowsAreRoundAndPlausible() {
    int[][] rows = HousesDataset.rows();
    assertEquals(30, rows.length);
    for (int[] r : rows) {
      assertTrue(r[0] >= 40 && r[0] <= 150 && r[0] % 2 == 0, "size " + r[0]);
      assertTrue(r[1] >= 1 && r[1] <= 6, "rooms " + r[1]);
      assertTrue(Math.abs(r[2] - (2 * r[0] + 10 * r[1] + 40)) < 60, "price " + r[2]);
    }
  }
}
