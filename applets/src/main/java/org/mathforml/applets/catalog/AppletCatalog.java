package org.mathforml.applets.catalog;

import static org.mathforml.applets.catalog.AttributeSpec.Type.DATA;
import static org.mathforml.applets.catalog.AttributeSpec.Type.INTEGER;
import static org.mathforml.applets.catalog.AttributeSpec.Type.LINKS;
import static org.mathforml.applets.catalog.AttributeSpec.Type.NUMBER;
import static org.mathforml.applets.catalog.AttributeSpec.Type.STRING;
import static org.mathforml.applets.catalog.AttributeSpec.optional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every applet the bundle knows, with the attributes each accepts: the single source of truth for
 * the site's build-time check of {@code ::: applet} directives and for the browser registry's
 * parsing of {@code data-*} attributes.
 *
 * <p>Adding an applet: add its spec here (one {@code add(...)} call), then its factory in {@code
 * org.mathforml.applets.Registry}. {@code RegistryCatalogTest} fails if the two lists disagree.
 */
public final class AppletCatalog {

  /** {@code two-lines}: a system of two linear equations in x and y, drawn as two lines. */
  public static final AppletSpec TWO_LINES =
      withViewBox(
              AppletSpec.builder(
                      "two-lines",
                      "Two linear equations a1 x + b1 y = c1 and a2 x + b2 y = c2 drawn as lines; "
                          + "drag the lines or edit the coefficients to see the solution change")
                  .attribute(optional("a1", NUMBER, "2", "coefficient of x in equation 1"))
                  .attribute(optional("b1", NUMBER, "1", "coefficient of y in equation 1"))
                  .attribute(optional("c1", NUMBER, "5", "right-hand side of equation 1"))
                  .attribute(optional("a2", NUMBER, "1", "coefficient of x in equation 2"))
                  .attribute(optional("b2", NUMBER, "-1", "coefficient of y in equation 2"))
                  .attribute(optional("c2", NUMBER, "1", "right-hand side of equation 2")))
          .build();

  /** {@code three-planes}: three linear equations in x, y, z, drawn as planes in a box. */
  public static final AppletSpec THREE_PLANES =
      AppletSpec.builder(
              "three-planes",
              "Three linear equations in x, y, z drawn as planes cut by a box; edit the "
                  + "coefficients and turn the view to see one point, a line, or "
                  + "nothing in common")
          .attribute(optional("a1", NUMBER, "1", "coefficient of x in equation 1"))
          .attribute(optional("b1", NUMBER, "1", "coefficient of y in equation 1"))
          .attribute(optional("c1", NUMBER, "1", "coefficient of z in equation 1"))
          .attribute(optional("d1", NUMBER, "6", "right-hand side of equation 1"))
          .attribute(optional("a2", NUMBER, "2", "coefficient of x in equation 2"))
          .attribute(optional("b2", NUMBER, "-1", "coefficient of y in equation 2"))
          .attribute(optional("c2", NUMBER, "1", "coefficient of z in equation 2"))
          .attribute(optional("d2", NUMBER, "3", "right-hand side of equation 2"))
          .attribute(optional("a3", NUMBER, "1", "coefficient of x in equation 3"))
          .attribute(optional("b3", NUMBER, "2", "coefficient of y in equation 3"))
          .attribute(optional("c3", NUMBER, "-1", "coefficient of z in equation 3"))
          .attribute(optional("d3", NUMBER, "2", "right-hand side of equation 3"))
          .attribute(
              optional("size", NUMBER, "5", "half-width of the box drawn around the origin")
                  .range(0.5, 1000))
          .attribute(
              optional(
                      "angle",
                      NUMBER,
                      "30",
                      "initial view angle in degrees about the vertical z axis")
                  .range(-180, 180))
          .build();

  /** {@code vector-operations}: two draggable vectors and their sum, difference, ... */
  public static final AppletSpec VECTOR_OPERATIONS =
      withViewBox(
              AppletSpec.builder(
                      "vector-operations",
                      "Two vectors u and v dragged by their heads; shows u + v, u - v, k u, the "
                          + "dot product and angle, or the projection of u onto v")
                  .attribute(optional("ux", NUMBER, "3", "x component of u (a multiple of 1/2)"))
                  .attribute(optional("uy", NUMBER, "1", "y component of u (a multiple of 1/2)"))
                  .attribute(optional("vx", NUMBER, "1", "x component of v (a multiple of 1/2)"))
                  .attribute(optional("vy", NUMBER, "2", "y component of v (a multiple of 1/2)"))
                  .attribute(
                      optional("k", NUMBER, "2", "the scalar of k u (a multiple of 1/2)")
                          .range(-3, 3))
                  .attribute(
                      optional(
                          "mode",
                          STRING,
                          "sum",
                          "what to show first: sum, difference, scalar, dot or projection")))
          .build();

  /** {@code linear-transformation}: a 2x2 matrix acting on the grid and on a picture. */
  public static final AppletSpec LINEAR_TRANSFORMATION =
      withViewBox(
              AppletSpec.builder(
                      "linear-transformation",
                      "A 2x2 matrix [a b; c d] acting on the grid, the unit square and a letter F;"
                          + " edit the matrix, drag the images of e1 and e2 or pick a preset")
                  .attribute(optional("a", NUMBER, "1", "row 1 column 1 of the matrix"))
                  .attribute(optional("b", NUMBER, "1", "row 1 column 2 of the matrix"))
                  .attribute(optional("c", NUMBER, "0", "row 2 column 1 of the matrix"))
                  .attribute(optional("d", NUMBER, "1", "row 2 column 2 of the matrix")))
          .build();

  /** {@code matrix-multiplication}: B then A as one transformation AB. */
  public static final AppletSpec MATRIX_MULTIPLICATION =
      AppletSpec.builder(
              "matrix-multiplication",
              "Two 2x2 matrices B and A: the plane after B, then after A, which is the plane after"
                  + " the single matrix AB")
          .attribute(optional("a11", NUMBER, "0", "A, row 1 column 1"))
          .attribute(optional("a12", NUMBER, "-1", "A, row 1 column 2"))
          .attribute(optional("a21", NUMBER, "1", "A, row 2 column 1"))
          .attribute(optional("a22", NUMBER, "0", "A, row 2 column 2"))
          .attribute(optional("b11", NUMBER, "1", "B, row 1 column 1"))
          .attribute(optional("b12", NUMBER, "1", "B, row 1 column 2"))
          .attribute(optional("b21", NUMBER, "0", "B, row 2 column 1"))
          .attribute(optional("b22", NUMBER, "1", "B, row 2 column 2"))
          .attribute(
              optional("size", NUMBER, "4", "half-width of each plot around the origin")
                  .range(1, 100))
          .build();

  /** {@code row-reduction}: a trainer where the reader row reduces a matrix step by step. */
  public static final AppletSpec ROW_REDUCTION =
      AppletSpec.builder(
              "row-reduction",
              "A row reduction trainer: swap, scale and add rows of a matrix (augmented allowed) "
                  + "until it is in row echelon and reduced row echelon form; shows the rank, the "
                  + "solution and mathlib's own steps")
          .attribute(
              optional(
                  "matrix",
                  AttributeSpec.Type.MATRIX,
                  "2 1 -1 | 8; -3 -1 2 | -11; -2 1 2 | -3",
                  "the matrix: rows separated by ';', entries by spaces, '|' before the "
                      + "constants of an augmented matrix"))
          .attribute(
              optional(
                  "replay",
                  AttributeSpec.Type.BOOLEAN,
                  "true",
                  "offer \"show the steps\", a replay of mathlib's own reduction"))
          .build();

  /** {@code span}: what one or two vectors span, and w = a u + b v. */
  public static final AppletSpec SPAN =
      withViewBox(
              AppletSpec.builder(
                      "span",
                      "One or two vectors u and v dragged by their heads; shows their span (the"
                          + " origin, a line or the plane) and the coefficients of w = a u + b v")
                  .attribute(optional("u1", NUMBER, "2", "x component of u (a multiple of 1/2)"))
                  .attribute(optional("u2", NUMBER, "1", "y component of u (a multiple of 1/2)"))
                  .attribute(optional("v1", NUMBER, "-1", "x component of v (a multiple of 1/2)"))
                  .attribute(optional("v2", NUMBER, "1", "y component of v (a multiple of 1/2)"))
                  .attribute(optional("w1", NUMBER, "3", "x component of the target w"))
                  .attribute(optional("w2", NUMBER, "3", "y component of the target w"))
                  .attribute(optional("vectors", STRING, "2", "1 (u alone) or 2 (u and v)")))
          .build();

  /** {@code eigenvectors}: x and A x together, the eigen-directions and the eigenbasis. */
  public static final AppletSpec EIGENVECTORS =
      withViewBox(
              AppletSpec.builder(
                      "eigenvectors",
                      "A 2x2 matrix A, a draggable vector x and its image A x; shows when A x ="
                          + " lambda x, the eigen-directions and the grid of the eigenbasis")
                  .attribute(optional("a", NUMBER, "2", "row 1 column 1 of the matrix"))
                  .attribute(optional("b", NUMBER, "1", "row 1 column 2 of the matrix"))
                  .attribute(optional("c", NUMBER, "1", "row 2 column 1 of the matrix"))
                  .attribute(optional("d", NUMBER, "2", "row 2 column 2 of the matrix"))
                  .attribute(optional("x1", NUMBER, "2", "x component of x (a multiple of 1/2)"))
                  .attribute(optional("x2", NUMBER, "0", "y component of x (a multiple of 1/2)")))
          .build();

  /** {@code page-rank}: power iteration of PageRank on a small web of pages. */
  public static final AppletSpec PAGE_RANK =
      AppletSpec.builder(
              "page-rank",
              "A small web of pages drawn on a circle with its links; step the power iteration"
                  + " of PageRank with a damping factor and watch the ranks settle")
          .attribute(
              optional(
                  "links",
                  LINKS,
                  "A>B C; B>C; C>A; D>C",
                  "the links: clauses \"X>Y Z\" separated by ';' (pages are single letters or"
                      + " digits, 2 to 6 of them; \"X>\" is a page without links)"))
          .attribute(
              optional("damping", NUMBER, "0.85", "the damping factor d of the Google matrix")
                  .range(0, 1))
          .build();

  /**
   * The house-price data set of the Week 3 project (content/linear-algebra/week-3/data/houses.csv,
   * made by the site test tool HousesDataset): "size rooms price; ...".
   */
  public static final String HOUSES =
      "86 4 237; 52 1 175; 94 4 276; 126 3 318; 96 2 226; 102 2 268"
          + "; "
          + "108 5 309; 92 3 268; 90 4 276; 150 4 383; 60 1 172; 118 5 346"
          + "; "
          + "74 3 226; 106 5 298; 80 2 226; 134 4 352; 94 4 262; 42 1 130"
          + "; "
          + "132 4 326; 60 2 170; 90 2 246; 140 4 351; 44 1 132; 76 2 216"
          + "; "
          + "144 6 406; 130 3 337; 130 4 343; 52 3 182; 64 2 182; 108 5 295";

  /** {@code perceptron-regression}: one neuron trained by gradient descent on house prices. */
  public static final AppletSpec PERCEPTRON_REGRESSION =
      AppletSpec.builder(
              "perceptron-regression",
              "One neuron (linear regression) trained step by step by gradient descent on house"
                  + " prices, with one input (size) or two (size and rooms), and its loss curve")
          .attribute(
              optional(
                  "data",
                  DATA,
                  HOUSES,
                  "houses as \"size rooms price; ...\" (whole numbers, 3 to 100 houses)"))
          .attribute(optional("inputs", INTEGER, "1", "1 (size) or 2 (size and rooms)").range(1, 2))
          .attribute(optional("rate", NUMBER, "0.1", "initial learning rate").range(0.01, 1))
          .build();

  /** {@code span-3d}: what two or three vectors of R^3 span, turned by dragging. */
  public static final AppletSpec SPAN_3D =
      AppletSpec.builder(
              "span-3d",
              "Two or three vectors u, v, w of 3-D space, editable and drawn in a box the reader"
                  + " turns; shows their span (the origin, a line, a plane or all of space),"
                  + " whether they are independent and, when not, one exact relation")
          .attribute(
              optional(
                  "u",
                  AttributeSpec.Type.VECTOR3,
                  "1 0 1",
                  "the vector u as \"x y z\" (whole numbers or halves, within the box)"))
          .attribute(
              optional(
                  "v",
                  AttributeSpec.Type.VECTOR3,
                  "0 1 1",
                  "the vector v as \"x y z\" (whole numbers or halves, within the box)"))
          .attribute(
              optional(
                  "w",
                  AttributeSpec.Type.VECTOR3,
                  "1 1 2",
                  "the vector w as \"x y z\" (whole numbers or halves, within the box)"))
          .attribute(optional("vectors", INTEGER, "3", "2 (u and v) or 3 (u, v and w)").range(2, 3))
          .attribute(
              optional("size", NUMBER, "2", "half-width of the box drawn around the origin")
                  .range(1, 10))
          .attribute(
              optional(
                      "angle",
                      NUMBER,
                      "30",
                      "initial view angle in degrees about the vertical z axis")
                  .range(-180, 180))
          .build();

  private static final List<AppletSpec> ALL;

  static {
    List<AppletSpec> all = new ArrayList<>();
    all.add(TWO_LINES);
    all.add(THREE_PLANES);
    all.add(VECTOR_OPERATIONS);
    all.add(LINEAR_TRANSFORMATION);
    all.add(MATRIX_MULTIPLICATION);
    all.add(ROW_REDUCTION);
    all.add(SPAN);
    all.add(EIGENVECTORS);
    all.add(PAGE_RANK);
    all.add(PERCEPTRON_REGRESSION);
    all.add(SPAN_3D);
    ALL = Collections.unmodifiableList(all);
  }

  private AppletCatalog() {}

  /** The spec called {@code name}, or null when there is no such applet. */
  public static AppletSpec find(String name) {
    for (AppletSpec spec : ALL) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    return null;
  }

  /** All applet names, in catalog order. */
  public static List<String> names() {
    List<String> names = new ArrayList<>();
    for (AppletSpec spec : ALL) {
      names.add(spec.name());
    }
    return names;
  }

  /** All specs, in catalog order. */
  public static List<AppletSpec> all() {
    return ALL;
  }

  /** Adds the visible window xmin..xmax, ymin..ymax (default -6..6) shared by 2-D plots. */
  static AppletSpec.Builder withViewBox(AppletSpec.Builder b) {
    return b.attribute(optional("xmin", NUMBER, "-6", "left edge of the plot").range(-1000, 1000))
        .attribute(optional("xmax", NUMBER, "6", "right edge of the plot").range(-1000, 1000))
        .attribute(optional("ymin", NUMBER, "-6", "bottom edge of the plot").range(-1000, 1000))
        .attribute(optional("ymax", NUMBER, "6", "top edge of the plot").range(-1000, 1000))
        .lessThan("xmin", "xmax")
        .lessThan("ymin", "ymax");
  }
}
