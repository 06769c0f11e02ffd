package org.mathforml.mathlib.expr.internal;

import java.util.Set;
import java.util.TreeSet;

/** Collects the names of the variables in a tree (not the constants pi and e), sorted. */
public final class VariableCollector implements NodeVisitor<Void> {

  private final Set<String> names = new TreeSet<>();

  private VariableCollector() {}

  /** Returns the sorted, mutable set of variable names in {@code root}. */
  public static Set<String> collect(Node root) {
    VariableCollector collector = new VariableCollector();
    root.accept(collector);
    return collector.names;
  }

  @Override
  public Void visitNumber(Node.Number node) {
    return null;
  }

  @Override
  public Void visitVariable(Node.Variable node) {
    names.add(node.name());
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
