package org.mathforml.mathlib.expr.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the names of the variables in trees (not the constants pi and e), sorted. A list kept
 * sorted, returned as a LinkedHashSet rather than a TreeSet: TreeMap and its iterators cost ~1 KB
 * gzip in the browser bundle, where nothing else needs them.
 */
public final class VariableCollector implements NodeVisitor<Void> {

  private final List<String> names = new ArrayList<>();

  private VariableCollector() {}

  /** Returns the sorted, mutable set of the variable names in all {@code roots}. */
  public static Set<String> collect(Node... roots) {
    VariableCollector collector = new VariableCollector();
    for (Node root : roots) {
      root.accept(collector);
    }
    return new LinkedHashSet<>(collector.names);
  }

  @Override
  public Void visitNumber(Node.Number node) {
    return null;
  }

  @Override
  public Void visitVariable(Node.Variable node) {
    // Insertion in order: Collections.sort would bring a merge sort into the browser bundle.
    String name = node.name();
    int i = 0;
    while (i < names.size() && names.get(i).compareTo(name) < 0) {
      i++;
    }
    if (i == names.size() || !names.get(i).equals(name)) {
      names.add(i, name);
    }
    return null;
  }

  @Override
  public Void visitConstant(Node.Constant node) {
    return null;
  }

  @Override
  public Void visitNegate(Node.Negate node) {
    return node.operand().accept(this);
  }

  @Override
  public Void visitBinary(Node.Binary node) {
    node.left().accept(this);
    return node.right().accept(this);
  }

  @Override
  public Void visitCall(Node.Call node) {
    return node.argument().accept(this);
  }
}
