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
import org.mathforml.applets.span3d.Span3dApplet;
import org.mathforml.applets.threeplanes.ThreePlanesApplet;
import org.mathforml.applets.twolines.TwoLinesApplet;
import org.mathforml.applets.vectoroperations.VectorOperationsApplet;

/**
 * Maps each {@code data-applet} name to the code that builds it: one line per applet, in the group
 * of applets that share a browser bundle ({@code bundles.Bundles} says which bundle holds which
 * groups). The attributes each applet accepts live in {@code catalog.AppletCatalog}; {@code
 * RegistryCatalogTest} checks that {@link #all()} and the catalog list the same names.
 *
 * <p>No static state on purpose: TeaVM keeps only what a bundle's main method reaches, so a bundle
 * that calls {@link #systems} carries only those two applets.
 */
public final class Registry {

  private final Map<String, AppletFactory> factories = new LinkedHashMap<>();

  /** Systems of equations drawn as lines and planes (Course 1 weeks 1-2, week 4 lesson 1). */
  public static Registry systems(Registry r) {
    return r.add("two-lines", TwoLinesApplet::mount).add("three-planes", ThreePlanesApplet::mount);
  }

  /** The row-reduction trainer (Course 1 week 2 lab and guided project). */
  public static Registry rowReduction(Registry r) {
    return r.add("row-reduction", RowReductionApplet::mount);
  }

  /** Vectors, transformations, span and eigenvectors (Course 1 weeks 3-4). */
  public static Registry vectors(Registry r) {
    return r.add("vector-operations", VectorOperationsApplet::mount)
        .add("linear-transformation", LinearTransformationApplet::mount)
        .add("matrix-multiplication", MatrixMultiplicationApplet::mount)
        .add("span", SpanApplet::mount)
        .add("eigenvectors", EigenvectorsApplet::mount)
        .add("span-3d", Span3dApplet::mount);
  }

  /** The page-rank walk of the week 4 guided project. */
  public static Registry pageRank(Registry r) {
    return r.add("page-rank", PageRankApplet::mount);
  }

  /** The one-neuron regression of the week 3 guided project. */
  public static Registry perceptron(Registry r) {
    return r.add("perceptron-regression", PerceptronRegressionApplet::mount);
  }

  /** Every applet of every group, in catalog order (JVM side: tests and the site build). */
  public static Registry all() {
    Registry r = new Registry();
    systems(r);
    rowReduction(r);
    vectors(r);
    pageRank(r);
    perceptron(r);
    return r;
  }

  /** Adds an applet; returns this registry. */
  public Registry add(String name, AppletFactory factory) {
    if (factories.put(name, factory) != null) {
      throw new IllegalStateException("applet \"" + name + "\" registered twice");
    }
    return this;
  }

  /** The factory for name, or null. */
  public AppletFactory factory(String name) {
    return factories.get(name);
  }

  /** Registered names, in registration order. */
  public List<String> names() {
    return new ArrayList<>(factories.keySet());
  }
}
