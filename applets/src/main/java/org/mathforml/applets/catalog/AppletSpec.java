package org.mathforml.applets.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one applet accepts: its kebab-case name (the {@code data-applet} value and the {@code :::
 * applet} directive argument), a one-line description and its attributes.
 *
 * <p>Plain Java, no browser classes: loaded on the JVM by the site module and compiled into the
 * browser bundle, where the registry parses {@code data-*} attributes with it.
 */
public final class AppletSpec {

  private final String name;
  private final String description;
  private final List<AttributeSpec> attributes;
  private final List<String[]> lessThan;

  private AppletSpec(
      String name, String description, List<AttributeSpec> attributes, List<String[]> lessThan) {
    this.name = name;
    this.description = description;
    this.attributes = Collections.unmodifiableList(attributes);
    this.lessThan = Collections.unmodifiableList(lessThan);
  }

  /** Starts a spec; finish it with {@link Builder#build()}. */
  public static Builder builder(String name, String description) {
    return new Builder(name, description);
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The attributes in declaration order. */
  public List<AttributeSpec> attributes() {
    return attributes;
  }

  /** The attribute called {@code attributeName}, or null. */
  public AttributeSpec attribute(String attributeName) {
    for (AttributeSpec a : attributes) {
      if (a.name().equals(attributeName)) {
        return a;
      }
    }
    return null;
  }

  /**
   * Validates attributes as written by an author (names without the {@code data-} prefix).
   *
   * @return null when valid, otherwise one clear message for the first problem found (unknown names
   *     are checked first, in alphabetical order, then declared attributes in declaration order,
   *     then cross-attribute constraints such as xmin &lt; xmax)
   */
  public String validate(Map<String, String> given) {
    String unknown = null;
    for (String key : given.keySet()) {
      if (attribute(key) == null && (unknown == null || key.compareTo(unknown) < 0)) {
        unknown = key;
      }
    }
    if (unknown != null) {
      return "unknown attribute \""
          + unknown
          + "\" for applet \""
          + name
          + "\" (known: "
          + knownNames()
          + ")";
    }
    for (AttributeSpec a : attributes) {
      String value = given.get(a.name());
      if (value == null) {
        if (a.isRequired()) {
          return "attribute \""
              + a.name()
              + "\" of applet \""
              + name
              + "\" is required ("
              + a.description()
              + ")";
        }
        continue;
      }
      String problem = a.check(value, name);
      if (problem != null) {
        return problem;
      }
    }
    Map<String, String> all = resolve(given);
    for (String[] pair : lessThan) {
      double low = NumberSyntax.parseNumber(all.get(pair[0]));
      double high = NumberSyntax.parseNumber(all.get(pair[1]));
      if (!(low < high)) {
        return "attribute \""
            + pair[0]
            + "\" of applet \""
            + name
            + "\" must be less than \""
            + pair[1]
            + "\", got "
            + pair[0]
            + "=\""
            + all.get(pair[0])
            + "\" and "
            + pair[1]
            + "=\""
            + all.get(pair[1])
            + "\"";
      }
    }
    return null;
  }

  /**
   * The given attributes completed with defaults, in declaration order. Call after {@link
   * #validate} returned null; unknown names are dropped.
   */
  public Map<String, String> resolve(Map<String, String> given) {
    Map<String, String> out = new LinkedHashMap<>();
    for (AttributeSpec a : attributes) {
      String value = given.get(a.name());
      out.put(a.name(), value != null ? value.trim() : a.defaultValue());
    }
    return out;
  }

  /** "a1, b1, c1, ..." in declaration order. */
  public String knownNames() {
    StringBuilder sb = new StringBuilder();
    for (AttributeSpec a : attributes) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(a.name());
    }
    return sb.toString();
  }

  /** Collects attributes and constraints for one applet. */
  public static final class Builder {
    private final String name;
    private final String description;
    private final List<AttributeSpec> attributes = new ArrayList<>();
    private final List<String[]> lessThan = new ArrayList<>();

    private Builder(String name, String description) {
      this.name = name;
      this.description = description;
    }

    public Builder attribute(AttributeSpec spec) {
      for (AttributeSpec a : attributes) {
        if (a.name().equals(spec.name())) {
          throw new IllegalArgumentException("duplicate attribute " + spec.name());
        }
      }
      attributes.add(spec);
      return this;
    }

    /** Requires the numeric attribute {@code low} to be strictly less than {@code high}. */
    public Builder lessThan(String low, String high) {
      lessThan.add(new String[] {low, high});
      return this;
    }

    public AppletSpec build() {
      for (String[] pair : lessThan) {
        for (String n : pair) {
          AttributeSpec a = null;
          for (AttributeSpec s : attributes) {
            if (s.name().equals(n)) {
              a = s;
            }
          }
          if (a == null
              || a.isRequired()
              || a.type() != AttributeSpec.Type.NUMBER && a.type() != AttributeSpec.Type.INTEGER) {
            throw new IllegalArgumentException("lessThan needs optional numeric " + n);
          }
        }
      }
      return new AppletSpec(name, description, attributes, lessThan);
    }
  }
}
