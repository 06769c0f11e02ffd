package org.mathforml.mathlib.expr;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.mathforml.mathlib.expr.internal.Evaluator;
import org.mathforml.mathlib.expr.internal.Node;
import org.mathforml.mathlib.expr.internal.Parser;
import org.mathforml.mathlib.expr.internal.Printer;
import org.mathforml.mathlib.expr.internal.VariableCollector;

/**
 * A parsed real-valued expression such as "2x^2 - 3x + 1" or "sin(pi x) / x", for plots.
 *
 * <p>Shaped like KaTeX: a lexer and parser build an immutable tree once; separate builders
 * evaluate it or print it. Syntax:
 *
 * <ul>
 *   <li>numbers "3", "0.5", ".5"; variables are identifiers ("x", "t", "x2", "rate");
 *       {@code pi} and {@code e} are constants;
 *   <li>{@code + - * / ^} with the usual precedence; ^ is right-associative and binds tighter
 *       than unary minus, so -x^2 = -(x^2) and 2^3^2 = 2^9;
 *   <li>functions sin cos tan exp ln log sqrt abs log10 (log is the natural logarithm, same as
 *       ln; log10 is base 10), always with parentheses: "sin(x)";
 *   <li>implicit multiplication before an identifier or '(' : "2x", "3(x+1)", "2 pi",
 *       "(x+1)(x-1)", "x sin(x)"; never before a number ("2 3" is an error). It binds like
 *       '*', so "1/2x" is (1/2)x.
 * </ul>
 *
 * <p>Evaluation follows IEEE 754 and {@link Math}: sqrt(-1) is NaN and 1/0 is Infinity,
 * which a plot shows as a gap.
 */
public final class Expression {

    private final Node root;
    private final Set<String> variables;
    private final String canonical;

    private Expression(Node root) {
        this.root = root;
        this.variables = Collections.unmodifiableSet(VariableCollector.collect(root));
        this.canonical = Printer.print(root);
    }

    /**
     * Parses {@code text}.
     *
     * @throws ExpressionException at the position of the first problem: empty input, an
     *     unexpected or dangling token, an unbalanced parenthesis, an unknown function
     */
    public static Expression parse(String text) {
        return new Expression(Parser.parse(text));
    }

    /**
     * Evaluates with one variable bound, e.g. {@code evaluate("x", 2.0)}.
     *
     * @throws ExpressionException if the expression uses another variable
     */
    public double evaluate(String variable, double value) {
        return Evaluator.evaluate(root, Collections.singletonMap(variable, value));
    }

    /**
     * Evaluates with the given variable values; names the expression does not use are ignored.
     *
     * @throws ExpressionException naming the first variable without a value, at its position
     */
    public double evaluate(Map<String, Double> values) {
        return Evaluator.evaluate(root, values);
    }

    /** The variable names used, sorted; excludes the constants pi and e. Unmodifiable. */
    public Set<String> variables() {
        return variables;
    }

    /** Two expressions are equal if their canonical forms are. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Expression && canonical.equals(((Expression) obj).canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /**
     * Returns the canonical plain form, e.g. "2x^2-3x" gives "2 * x^2 - 3 * x": explicit '*',
     * spaced binary operators and minimal parentheses. Parsing it gives an equal expression.
     */
    @Override
    public String toString() {
        return canonical;
    }
}
