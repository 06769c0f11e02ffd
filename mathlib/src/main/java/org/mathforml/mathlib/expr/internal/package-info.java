/**
 * Lexer, parser, immutable node tree and its visitors (evaluator, printer, variable
 * collector), with the operator, function and constant tables. Not API.
 */
package org.mathforml.mathlib.expr.internal;
