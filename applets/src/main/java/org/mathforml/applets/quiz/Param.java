package org.mathforml.applets.quiz;

/**
 * A named parameter of a variant, e.g. {@code A} = the drawn matrix. A prompt refers to it as
 * {@code {A}}. Immutable.
 */
public final class Param {

  private final String name;
  private final MathText value;

  private Param(String name, MathText value) {
    this.name = name;
    this.value = value;
  }

  /**
   * Returns the parameter.
   *
   * @throws IllegalArgumentException if the name is not ASCII letters and digits or value is null
   */
  public static Param of(String name, MathText value) {
    if (name == null || name.isEmpty() || value == null) {
      throw new IllegalArgumentException("a parameter needs a name and a value");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // ASCII only (Character.isLetterOrDigit would pull Unicode tables into the bundle).
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("parameter names are letters and digits: " + name);
      }
    }
    return new Param(name, value);
  }

  /** The name used in {@code {name}} placeholders. */
  public String name() {
    return name;
  }

  /** The value in text, LaTeX and MathML. */
  public MathText value() {
    return value;
  }
}
