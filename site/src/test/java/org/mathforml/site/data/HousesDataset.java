package org.mathforml.site.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mathforml.mathlib.random.Rng;
import org.mathforml.site.build.FixtureProject;

/**
 * The house-price data set of the Week 3 perceptron project, made up and reproducible: 30 houses
 * with a size in m² (40 to 150, a multiple of 2), a number of rooms (about one per 30 m², give or
 * take one, 1 to 6) and a price in thousands,
 *
 * <pre>price = 2 * size + 10 * rooms + 40 + noise,  noise ~ N(0, 12²), rounded to a whole number,
 * </pre>
 *
 * all drawn from mathlib's {@link Rng} with seed {@value #SEED}. Regenerate the committed file with
 * {@code mvn -B -q -o -pl site test -Dtest=PerceptronHousesDataTest -Dhouses.write} (the test
 * compares the generated text with {@code content/linear-algebra/week-3/data/houses.csv}).
 */
public final class HousesDataset {
  public static final int SEED = 2026;
  public static final int COUNT = 30;
  public static final String PATH = "content/linear-algebra/week-3/data/houses.csv";

  private HousesDataset() {}

  /** The rows {size, rooms, price}. */
  public static int[][] rows() {
    Rng rng = Rng.seeded(SEED);
    int[][] rows = new int[COUNT][];
    for (int i = 0; i < COUNT; i++) {
      int size = 2 * rng.nextInt(20, 75);
      int rooms = Math.max(1, Math.min(6, (int) Math.round(size / 30.0) + rng.nextInt(-1, 1)));
      double noise = 12 * rng.nextGaussian();
      int price = (int) Math.round(2.0 * size + 10.0 * rooms + 40 + noise);
      rows[i] = new int[] {size, rooms, price};
    }
    return rows;
  }

  /** The CSV text: a header line, then one house per line. */
  public static String csv() {
    StringBuilder out = new StringBuilder("size_m2,rooms,price_thousands\n");
    for (int[] r : rows()) {
      out.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
    }
    return out.toString();
  }

  /** The same rows as the applet's {@code data} attribute: "size rooms price; ...". */
  public static String attribute() {
    StringBuilder out = new StringBuilder();
    for (int[] r : rows()) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(r[0]).append(' ').append(r[1]).append(' ').append(r[2]);
    }
    return out.toString();
  }

  /** The committed file in the repository. */
  public static Path committed() {
    return FixtureProject.repositoryRoot().resolve(PATH);
  }

  /** Writes the committed file. */
  public static void write() throws IOException {
    Files.writeString(committed(), csv(), StandardCharsets.UTF_8);
  }
}
