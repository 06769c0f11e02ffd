package org.mathforml.applets.quiz;

import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;
import org.mathforml.mathlib.expr.Expression;

/**
 * The model answer of one question and how to compare a reader's answer with it. One immutable
 * class for every {@link Kind}, built by a validating factory per kind ({@link #singleChoice},
 * {@link #numeric}, {@link #matrix}, ...); only the accessors of its kind are meaningful. {@link
 * Checker} compares a {@link Response} with it and {@link Serialized} writes it as text.
 *
 * <p>No equals/hashCode/toString on purpose: they would make TeaVM keep {@link Serialized#write}
 * (and with it the ~12 KB double printer) in the browser bundle. Compare keys by their serialized
 * text in tests.
 */
public final class AnswerKey {

  /** The kinds of question. */
  public enum Kind {
    /** One or several of a list of choices. */
    CHOICE,
    /** A statement that is true or false. */
    TRUE_FALSE,
    /** A real number within a tolerance. */
    NUMERIC,
    /** An exact rational number. */
    FRACTION,
    /** A vector of exact or approximate entries. */
    VECTOR,
    /** A matrix typed in a grid, compared exactly or up to row operations. */
    MATRIX,
    /** An expression, compared by evaluation at random points. */
    EXPRESSION,
    /** A permutation of the items shown. */
    ORDERING
  }

  /** How a matrix answer is compared with the key. */
  public enum MatrixMode {
    /** Entry by entry. */
    EXACT,
    /** Accepted if row equivalent to the key (same reduced row echelon form). */
    ROW_EQUIVALENT,
    /** Accepted if in row echelon form and row equivalent to the key (the matrix to reduce). */
    ANY_ECHELON_FORM_OF
  }

  private final Kind kind;
  private final int[] indices; // CHOICE: sorted correct indices; ORDERING: the correct order
  private final int choiceCount;
  private final boolean flag; // CHOICE: multiple; TRUE_FALSE: the truth; NUMERIC/VECTOR: relative
  private final double value;
  private final double tolerance;
  private final boolean decimals;
  private final boolean mixed;
  private final Fraction[] exact; // FRACTION: one entry; VECTOR: the entries when exact
  private final double[] approximate; // VECTOR with a tolerance
  private final FractionMatrix matrix;
  private final MatrixMode mode;
  private final Expression expression;
  private final String[] variables;

  private AnswerKey(Builder b) {
    kind = b.kind;
    indices = b.indices;
    choiceCount = b.choiceCount;
    flag = b.flag;
    value = b.value;
    tolerance = b.tolerance;
    decimals = b.decimals;
    mixed = b.mixed;
    exact = b.exact;
    approximate = b.approximate;
    matrix = b.matrix;
    mode = b.mode;
    expression = b.expression;
    variables = b.variables;
  }

  /**
   * One correct choice out of {@code count}.
   *
   * @throws IllegalArgumentException if count &lt; 2 or correct is not in 0..count-1
   */
  public static AnswerKey singleChoice(int count, int correct) {
    return choice(count, new int[] {correct}, false);
  }

  /**
   * Any number of correct choices (possibly none) out of {@code count}; the reader must select
   * exactly these.
   *
   * @throws IllegalArgumentException if count &lt; 2, an index is out of range or repeated
   */
  public static AnswerKey multipleChoice(int count, int... correct) {
    return choice(count, correct, true);
  }

  private static AnswerKey choice(int count, int[] correct, boolean multiple) {
    if (count < 2) {
      throw new IllegalArgumentException("a choice needs at least 2 options, got " + count);
    }
    int[] sorted = distinctIndices(correct, count);
    Builder b = new Builder(Kind.CHOICE);
    b.indices = sorted;
    b.choiceCount = count;
    b.flag = multiple;
    return new AnswerKey(b);
  }

  /** A true/false statement whose truth is {@code truth}. */
  public static AnswerKey trueFalse(boolean truth) {
    Builder b = new Builder(Kind.TRUE_FALSE);
    b.flag = truth;
    return new AnswerKey(b);
  }

  /**
   * A real number accepted when |answer - value| &lt;= absTolerance.
   *
   * @throws IllegalArgumentException if value is not finite or the tolerance is negative/NaN
   */
  public static AnswerKey numeric(double value, double absTolerance) {
    return numeric(value, absTolerance, false);
  }

  /**
   * A real number accepted when |answer - value| &lt;= relTolerance * |value|.
   *
   * @throws IllegalArgumentException if value is not finite or zero, or the tolerance is not in (0,
   *     1)
   */
  public static AnswerKey numericRelative(double value, double relTolerance) {
    if (value == 0 || !(relTolerance > 0 && relTolerance < 1)) {
      throw new IllegalArgumentException(
          "a relative tolerance needs a non-zero value and a tolerance in (0, 1)");
    }
    return numeric(value, relTolerance, true);
  }

  private static AnswerKey numeric(double value, double tolerance, boolean relative) {
    checkFinite(value);
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("the tolerance must be finite and >= 0");
    }
    Builder b = new Builder(Kind.NUMERIC);
    b.value = value;
    b.tolerance = tolerance;
    b.flag = relative;
    return new AnswerKey(b);
  }

  /**
   * An exact fraction. Fractions "3/4" and integers are always accepted (in any terms: "6/8" too);
   * decimals "0.75" only if {@code decimals}, mixed numbers "-1 1/2" only if {@code mixed}.
   */
  public static AnswerKey fraction(Fraction value, boolean decimals, boolean mixed) {
    Builder b = new Builder(Kind.FRACTION);
    b.exact = new Fraction[] {notNull(value)};
    b.decimals = decimals;
    b.mixed = mixed;
    return new AnswerKey(b);
  }

  /**
   * A vector with exact entries; each entry may be typed as a fraction, integer, decimal or mixed
   * number.
   *
   * @throws IllegalArgumentException if empty or an entry is null
   */
  public static AnswerKey vector(Fraction... entries) {
    if (entries == null || entries.length == 0) {
      throw new IllegalArgumentException("a vector needs at least one entry");
    }
    Fraction[] copy = new Fraction[entries.length];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = notNull(entries[i]);
    }
    Builder b = new Builder(Kind.VECTOR);
    b.exact = copy;
    return new AnswerKey(b);
  }

  /**
   * A vector with real entries, each accepted within {@code absTolerance}.
   *
   * @throws IllegalArgumentException if empty, an entry is not finite, or the tolerance is negative
   */
  public static AnswerKey vector(double[] entries, double absTolerance) {
    if (entries == null || entries.length == 0) {
      throw new IllegalArgumentException("a vector needs at least one entry");
    }
    for (double e : entries) {
      checkFinite(e);
    }
    if (!(absTolerance >= 0) || Double.isInfinite(absTolerance)) {
      throw new IllegalArgumentException("the tolerance must be finite and >= 0");
    }
    Builder b = new Builder(Kind.VECTOR);
    b.approximate = entries.clone();
    b.tolerance = absTolerance;
    return new AnswerKey(b);
  }

  /**
   * A matrix typed in a grid of the same shape. For {@link MatrixMode#ANY_ECHELON_FORM_OF} the key
   * is the matrix to be reduced, not an echelon form of it.
   */
  public static AnswerKey matrix(FractionMatrix key, MatrixMode mode) {
    if (mode == null) {
      throw new IllegalArgumentException("null matrix mode");
    }
    Builder b = new Builder(Kind.MATRIX);
    b.matrix = notNull(key);
    b.mode = mode;
    return new AnswerKey(b);
  }

  /**
   * An expression in the given variables; an answer is accepted if it uses no other variable and
   * {@link Expression#equivalentTo} the key.
   *
   * @throws IllegalArgumentException if the key uses a variable not listed
   */
  public static AnswerKey expression(Expression key, String... variables) {
    notNull(key);
    String[] vars = variables == null ? new String[0] : variables.clone();
    for (String used : key.variables()) {
      boolean listed = false;
      for (String v : vars) {
        listed |= used.equals(v);
      }
      if (!listed) {
        throw new IllegalArgumentException("the key uses variable " + used + " not listed");
      }
    }
    for (String v : vars) {
      if (v == null || v.isEmpty() || v.indexOf(',') >= 0 || v.indexOf('|') >= 0) {
        throw new IllegalArgumentException("bad variable name");
      }
    }
    Builder b = new Builder(Kind.EXPRESSION);
    b.expression = key;
    b.variables = vars;
    return new AnswerKey(b);
  }

  /**
   * Items to put in order: {@code correctOrder[k]} is the index (as shown) of the item that belongs
   * at place k.
   *
   * @throws IllegalArgumentException unless correctOrder is a permutation of 0..n-1 with n &gt;= 2
   */
  public static AnswerKey ordering(int... correctOrder) {
    if (correctOrder == null || correctOrder.length < 2) {
      throw new IllegalArgumentException("an ordering needs at least 2 items");
    }
    distinctIndices(correctOrder, correctOrder.length); // validates a permutation
    Builder b = new Builder(Kind.ORDERING);
    b.indices = correctOrder.clone();
    return new AnswerKey(b);
  }

  private static int[] distinctIndices(int[] indices, int count) {
    if (indices == null) {
      throw new IllegalArgumentException("null indices");
    }
    // Insertion sort: a handful of options, and Arrays.sort costs ~1 KB in the browser bundle.
    int[] sorted = indices.clone();
    for (int i = 1; i < sorted.length; i++) {
      for (int j = i; j > 0 && sorted[j - 1] > sorted[j]; j--) {
        int t = sorted[j];
        sorted[j] = sorted[j - 1];
        sorted[j - 1] = t;
      }
    }
    for (int i = 0; i < sorted.length; i++) {
      if (sorted[i] < 0 || sorted[i] >= count || i > 0 && sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException(
            "indices must be distinct and in 0.." + (count - 1) + ", got " + sorted[i]);
      }
    }
    return sorted;
  }

  private static void checkFinite(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      throw new IllegalArgumentException("the answer must be a finite number");
    }
  }

  private static <T> T notNull(T t) {
    if (t == null) {
      throw new IllegalArgumentException("null answer");
    }
    return t;
  }

  /** The kind of question. */
  public Kind kind() {
    return kind;
  }

  /** CHOICE: the correct indices, ascending. ORDERING: the correct order. A copy. */
  public int[] indices() {
    return indices.clone();
  }

  /** CHOICE: the number of options. */
  public int choiceCount() {
    return choiceCount;
  }

  /** CHOICE: true if several options may be selected. */
  public boolean isMultiple() {
    return kind == Kind.CHOICE && flag;
  }

  /** TRUE_FALSE: the truth of the statement. */
  public boolean truth() {
    return kind == Kind.TRUE_FALSE && flag;
  }

  /** NUMERIC: the value. */
  public double value() {
    return value;
  }

  /** NUMERIC and approximate VECTOR: the tolerance (absolute unless {@link #isRelative()}). */
  public double tolerance() {
    return tolerance;
  }

  /** NUMERIC: true if the tolerance is relative to |value|. */
  public boolean isRelative() {
    return kind == Kind.NUMERIC && flag;
  }

  /** FRACTION: whether decimals are accepted. */
  public boolean acceptsDecimals() {
    return decimals;
  }

  /** FRACTION: whether mixed numbers are accepted. */
  public boolean acceptsMixed() {
    return mixed;
  }

  /** FRACTION: the value. */
  public Fraction fractionValue() {
    return exact[0];
  }

  /** VECTOR: true if the entries are exact fractions, false if doubles with a tolerance. */
  public boolean isExactVector() {
    return exact != null;
  }

  /** VECTOR: the number of entries. */
  public int size() {
    return exact != null ? exact.length : approximate.length;
  }

  /** Exact VECTOR: the entries (a copy). */
  public Fraction[] exactEntries() {
    return exact.clone();
  }

  /** Approximate VECTOR: the entries (a copy). */
  public double[] approximateEntries() {
    return approximate.clone();
  }

  /** MATRIX: the key matrix. */
  public FractionMatrix matrix() {
    return matrix;
  }

  /** MATRIX: the comparison mode. */
  public MatrixMode matrixMode() {
    return mode;
  }

  /** EXPRESSION: the key expression. */
  public Expression expression() {
    return expression;
  }

  /** EXPRESSION: the variables a reader may use (a copy). */
  public String[] variables() {
    return variables.clone();
  }

  /** Mutable holder for the constructor; keeps the factories short. */
  private static final class Builder {
    final Kind kind;
    int[] indices;
    int choiceCount;
    boolean flag;
    double value;
    double tolerance;
    boolean decimals;
    boolean mixed;
    Fraction[] exact;
    double[] approximate;
    FractionMatrix matrix;
    MatrixMode mode;
    Expression expression;
    String[] variables;

    Builder(Kind kind) {
      this.kind = kind;
    }
  }
}
