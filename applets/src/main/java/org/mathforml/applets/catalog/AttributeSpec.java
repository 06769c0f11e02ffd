package org.mathforml.applets.catalog;

/**
 * One {@code data-*} attribute an applet accepts: its name (without the {@code data-} prefix),
 * type, optional numeric bounds, default and a one-line description.
 *
 * <p>Plain Java on purpose: the site module loads this class on the JVM to validate {@code :::
 * applet} directives at build time, and the browser bundle uses the same class to parse the
 * attributes, so there is one source of truth.
 */
public final class AttributeSpec {

  /** The value syntax an attribute accepts. */
  public enum Type {
    /** A decimal ({@code -1.25}) or a fraction of integers ({@code -3/4}). */
    NUMBER("a number"),
    /** An optionally signed whole number. */
    INTEGER("an integer"),
    /** Any text. */
    STRING("a string"),
    /** {@code true} or {@code false}. */
    BOOLEAN("true or false"),
    /** Rows separated by ';', entries by spaces, optionally one '|' before the last column. */
    MATRIX("a matrix such as \"1 2 | 3; 4 5 | 6\""),
    /**
     * A data set of houses: rows "size rooms price" of three whole numbers separated by ';', 3 to
     * 100 of them ({@link DataSyntax}).
     */
    DATA("houses such as \"86 4 237; 52 1 175; 94 4 276\" (size rooms price)"),
    /**
     * A small web: clauses "page>pages it links to" separated by ';', pages single letters or
     * digits, 2 to 6 of them ({@link LinksSyntax}).
     */
    LINKS("links such as \"A>B C; B>C; C>A\" (a page, '>' and the pages it links to)"),
    /** A vector of R^3: three NUMBERs separated by spaces ({@link MatrixSyntax}, one row). */
    VECTOR3("three numbers such as \"1 0 -1/2\"");

    private final String noun;

    Type(String noun) {
      this.noun = noun;
    }

    /** How the type reads in an error message, e.g. "a number". */
    public String noun() {
      return noun;
    }
  }

  private final String name;
  private final Type type;
  private final String defaultValue;
  private final boolean required;
  private final double min;
  private final double max;
  private final String description;

  private AttributeSpec(
      String name,
      Type type,
      String defaultValue,
      boolean required,
      double min,
      double max,
      String description) {
    this.name = name;
    this.type = type;
    this.defaultValue = defaultValue;
    this.required = required;
    this.min = min;
    this.max = max;
    this.description = description;
  }

  /** An optional attribute with a default value (which must itself be valid). */
  public static AttributeSpec optional(
      String name, Type type, String defaultValue, String description) {
    AttributeSpec spec =
        new AttributeSpec(
            checkName(name), type, defaultValue, false, Double.NaN, Double.NaN, description);
    if (defaultValue == null || spec.check(defaultValue, "?") != null) {
      throw new IllegalArgumentException("invalid default for attribute " + name);
    }
    return spec;
  }

  /** A required attribute: no default. */
  public static AttributeSpec required(String name, Type type, String description) {
    return new AttributeSpec(
        checkName(name), type, null, true, Double.NaN, Double.NaN, description);
  }

  /** A copy restricted to {@code min <= value <= max} (NUMBER and INTEGER only). */
  public AttributeSpec range(double min, double max) {
    if (type != Type.NUMBER && type != Type.INTEGER || !(min <= max)) {
      throw new IllegalArgumentException("bad range for attribute " + name);
    }
    AttributeSpec spec =
        new AttributeSpec(name, type, defaultValue, required, min, max, description);
    if (defaultValue != null && spec.check(defaultValue, "?") != null) {
      throw new IllegalArgumentException("default out of range for attribute " + name);
    }
    return spec;
  }

  public String name() {
    return name;
  }

  public Type type() {
    return type;
  }

  /** The default value, or null when the attribute is required. */
  public String defaultValue() {
    return defaultValue;
  }

  public boolean isRequired() {
    return required;
  }

  /** Lower bound, or NaN when unbounded. */
  public double min() {
    return min;
  }

  /** Upper bound, or NaN when unbounded. */
  public double max() {
    return max;
  }

  public String description() {
    return description;
  }

  /**
   * Checks one value.
   *
   * @param value the attribute value as written (not null)
   * @param appletName used in the message
   * @return null when valid, otherwise a message naming the attribute, the applet and the value
   */
  public String check(String value, String appletName) {
    String prefix = "attribute \"" + name + "\" of applet \"" + appletName + "\" must be ";
    String got = ", got \"" + value + "\"";
    switch (type) {
      case NUMBER:
      case INTEGER:
        {
          double v =
              type == Type.NUMBER
                  ? NumberSyntax.parseNumber(value)
                  : NumberSyntax.parseInteger(value);
          if (Double.isNaN(v)) {
            return prefix + type.noun() + got;
          }
          if (!Double.isNaN(min) && v < min || !Double.isNaN(max) && v > max) {
            return prefix
                + type.noun()
                + " between "
                + NumberSyntax.format(min)
                + " and "
                + NumberSyntax.format(max)
                + got;
          }
          return null;
        }
      case BOOLEAN:
        return "true".equals(value) || "false".equals(value) ? null : prefix + type.noun() + got;
      case MATRIX:
      case DATA:
      case LINKS:
        {
          String problem =
              type == Type.MATRIX
                  ? MatrixSyntax.problem(value)
                  : type == Type.DATA ? DataSyntax.problem(value) : LinksSyntax.problem(value);
          return problem == null ? null : prefix + type.noun() + got + ": " + problem;
        }
      case VECTOR3:
        {
          String problem = MatrixSyntax.problem(value);
          if (problem == null) {
            MatrixSyntax m = MatrixSyntax.parse(value);
            if (m.entries().length != 1 || m.entries()[0].length != 3 || m.split() >= 0) {
              problem = "give exactly three numbers separated by spaces";
            }
          }
          return problem == null ? null : prefix + type.noun() + got + ": " + problem;
        }
      default:
        return null;
    }
  }

  private static String checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("attribute name must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0)) {
        throw new IllegalArgumentException("attribute name must be lower-case kebab: " + name);
      }
    }
    return name;
  }
}
