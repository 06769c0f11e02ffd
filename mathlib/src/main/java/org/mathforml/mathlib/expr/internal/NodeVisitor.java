package org.mathforml.mathlib.expr.internal;

/**
 * One method per node class. Each builder (evaluate, print, collect variables, later differentiate
 * or print LaTeX) is a separate visitor, so the tree itself stays plain data.
 */
public interface NodeVisitor<R> {

  R visitNumber(Node.Number node);

  R visitVariable(Node.Variable node);

  R visitConstant(Node.Constant node);

  R visitNegate(Node.Negate node);

  R visitBinary(Node.Binary node);

  R visitCall(Node.Call node);
}
