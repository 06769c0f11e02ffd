/**
 * Real-valued expressions for plots: {@link org.mathforml.mathlib.expr.Expression#parse} and {@link
 * org.mathforml.mathlib.expr.ExpressionException}. The lexer, parser, node tree and visitors live
 * in {@code expr.internal} and are not API.
 */
package org.mathforml.mathlib.expr;
