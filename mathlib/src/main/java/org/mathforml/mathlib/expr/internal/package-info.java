/**
 * Lexer, parser, immutable node tree and its visitors: evaluator (doubles and dual numbers),
 * plain/LaTeX/MathML printers, differentiator, simplifier (with its term collector and printer),
 * variable collector, and the operator, function and constant tables. Not API.
 */
package org.mathforml.mathlib.expr.internal;
