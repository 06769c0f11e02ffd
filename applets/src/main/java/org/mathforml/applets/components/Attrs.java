package org.mathforml.applets.components;

import java.util.Map;
import org.mathforml.applets.catalog.MatrixSyntax;
import org.mathforml.applets.catalog.NumberSyntax;
import org.mathforml.mathlib.Fraction;

/**
 * Reads values out of an attribute map that {@code AppletSpec.validate} accepted and {@code
 * AppletSpec.resolve} completed with defaults, so parsing cannot fail here.
 */
public final class Attrs {

  private Attrs() {}

  /** A NUMBER attribute as an exact fraction ("0.25" is 1/4). */
  public static Fraction fraction(Map<String, String> attributes, String name) {
    long[] f = NumberSyntax.parseFraction(attributes.get(name));
    if (f == null) {
      throw new IllegalArgumentException("attribute \"" + name + "\" is not a number");
    }
    return Fraction.of(f[0], f[1]);
  }

  /** A VECTOR3 attribute ("1 0 -1/2") as three exact fractions. */
  public static Fraction[] vector(Map<String, String> attributes, String name) {
    String[] entries = MatrixSyntax.parse(attributes.get(name)).entries()[0];
    Fraction[] v = new Fraction[entries.length];
    for (int i = 0; i < v.length; i++) {
      long[] f = NumberSyntax.parseFraction(entries[i]);
      v[i] = Fraction.of(f[0], f[1]);
    }
    return v;
  }

  /** A NUMBER attribute as a double. */
  public static double number(Map<String, String> attributes, String name) {
    return fraction(attributes, name).doubleValue();
  }

  /** The four window attributes xmin, xmax, ymin, ymax as a viewport. */
  public static Viewport viewport(Map<String, String> attributes) {
    return new Viewport(
        number(attributes, "xmin"),
        number(attributes, "xmax"),
        number(attributes, "ymin"),
        number(attributes, "ymax"));
  }
}
