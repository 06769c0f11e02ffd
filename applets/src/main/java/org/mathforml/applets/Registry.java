package org.mathforml.applets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mathforml.applets.eigenvectors.EigenvectorsApplet;
import org.mathforml.applets.lineartransformation.LinearTransformationApplet;
import org.mathforml.applets.matrixmultiplication.MatrixMultiplicationApplet;
import org.mathforml.applets.pagerank.PageRankApplet;
import org.mathforml.applets.perceptronregression.PerceptronRegressionApplet;
import org.mathforml.applets.rowreduce.RowReductionApplet;
import org.mathforml.applets.span.SpanApplet;
import org.mathforml.applets.threeplanes.ThreePlanesApplet;
import org.mathforml.applets.twolines.TwoLinesApplet;
import org.mathforml.applets.vectoroperations.VectorOperationsApplet;

/**
 * Maps each {@code data-applet} name to the code that builds it: one line per applet. The
 * attributes each applet accepts live in {@code catalog.AppletCatalog}; every name here must have a
 * spec there (checked at start-up and by a JVM test).
 */
public final class Registry {

  private static final Map<String, AppletFactory> FACTORIES = new LinkedHashMap<>();

  static {
    FACTORIES.put("two-lines", TwoLinesApplet::mount);
    FACTORIES.put("three-planes", ThreePlanesApplet::mount);
    FACTORIES.put("vector-operations", VectorOperationsApplet::mount);
    FACTORIES.put("linear-transformation", LinearTransformationApplet::mount);
    FACTORIES.put("matrix-multiplication", MatrixMultiplicationApplet::mount);
    FACTORIES.put("row-reduction", RowReductionApplet::mount);
    FACTORIES.put("span", SpanApplet::mount);
    FACTORIES.put("eigenvectors", EigenvectorsApplet::mount);
    FACTORIES.put("page-rank", PageRankApplet::mount);
    FACTORIES.put("perceptron-regression", PerceptronRegressionApplet::mount);
  }

  private Registry() {}

  /** The factory for name, or null. */
  public static AppletFactory factory(String name) {
    return FACTORIES.get(name);
  }

  /** Registered names, in registration order. */
  public static List<String> names() {
    return new ArrayList<>(FACTORIES.keySet());
  }
}
