package org.mathforml.applets.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One drawn instance of a parametric question: the prompt (plain text with {@code {name}}
 * placeholders for the {@link Param}s), the {@link AnswerKey}, the options of a choice question
 * (each distractor tagged with its mistake), the model answer as a reader would enter it, typical
 * {@link Mistake}s and the worked solution for exactly these numbers. Built with {@link #builder},
 * which validates the parts against each other. Immutable.
 */
public final class Variant {

  private final String generator;
  private final int seed;
  private final String prompt;
  private final List<Param> params;
  private final AnswerKey key;
  private final List<Choice> choices;
  private final Response model;
  private final List<Mistake> mistakes;
  private final List<SolutionStep> solution;

  private Variant(Builder b) {
    generator = b.generator;
    seed = b.seed;
    prompt = b.prompt;
    params = Collections.unmodifiableList(new ArrayList<>(b.params));
    key = b.key;
    choices = Collections.unmodifiableList(new ArrayList<>(b.choices));
    model = b.model;
    mistakes = Collections.unmodifiableList(new ArrayList<>(b.mistakes));
    solution = Collections.unmodifiableList(new ArrayList<>(b.solution));
  }

  /** Starts a variant of {@code generator} drawn from {@code seed}. */
  public static Builder builder(String generator, int seed) {
    return new Builder(generator, seed);
  }

  /** The generator's name. */
  public String generator() {
    return generator;
  }

  /** The seed it was drawn from. */
  public int seed() {
    return seed;
  }

  /** The prompt template: plain text with {@code {name}} placeholders. */
  public String prompt() {
    return prompt;
  }

  /** The prompt with every placeholder replaced by the parameter's plain text. */
  public String promptText() {
    return fill(0);
  }

  /** The prompt with parameters as inline LaTeX {@code $...$} (text left as is). */
  public String promptLatex() {
    return fill(1);
  }

  /** The prompt as HTML: text escaped, parameters as MathML elements. */
  public String promptHtml() {
    return fill(2);
  }

  /** The parameters in the order drawn. */
  public List<Param> params() {
    return params;
  }

  /** The parameter called {@code name}, or null. */
  public Param param(String name) {
    for (Param p : params) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The answer key. */
  public AnswerKey key() {
    return key;
  }

  /** The options in display order; empty unless the key is a choice. */
  public List<Choice> choices() {
    return choices;
  }

  /** The model answer as a reader would enter it; the key accepts it. */
  public Response modelResponse() {
    return model;
  }

  /** Typical wrong answers, each rejected by the key. */
  public List<Mistake> mistakes() {
    return mistakes;
  }

  /** The worked solution for this variant. */
  public List<SolutionStep> solution() {
    return solution;
  }

  /**
   * Every part of the variant as text, one field per line, in a fixed order: what two platforms
   * must agree on. Calls {@link Serialized#write}, so it is meant for tests and the build.
   */
  public String dump() {
    StringBuilder sb = new StringBuilder();
    sb.append(generator).append('\n').append(seed).append('\n').append(prompt).append('\n');
    for (Param p : params) {
      sb.append("param ").append(p.name()).append('\n');
      p.value().appendTo(sb);
    }
    sb.append("key ").append(Serialized.write(key)).append('\n');
    for (Choice c : choices) {
      sb.append("choice ").append(c.isCorrect() ? "correct" : c.mistake()).append('\n');
      c.label().appendTo(sb);
    }
    sb.append("model ").append(describe(model)).append('\n');
    for (Mistake m : mistakes) {
      sb.append("mistake ").append(m.description()).append(": ");
      sb.append(describe(m.response())).append('\n');
    }
    for (SolutionStep s : solution) {
      sb.append("step ").append(s.sentence()).append('\n');
      if (s.math() != null) {
        s.math().appendTo(sb);
      }
    }
    return sb.toString();
  }

  /**
   * FNV-1a (32 bit, over the UTF-16 code units) of {@link #dump()} as 8 hex digits: a short value
   * to compare a JVM run with a browser run.
   */
  public String fingerprint() {
    String d = dump();
    int h = 0x811C9DC5;
    for (int i = 0; i < d.length(); i++) {
      h ^= d.charAt(i);
      h *= 0x01000193;
    }
    String hex = Integer.toHexString(h);
    return "00000000".substring(hex.length()) + hex;
  }

  static String describe(Response r) {
    if (r.isText()) {
      return "text " + r.text();
    }
    StringBuilder sb = new StringBuilder();
    if (r.isSelection()) {
      sb.append("selected");
      for (int i : r.indices()) {
        sb.append(' ').append(i);
      }
      return sb.toString();
    }
    sb.append("grid");
    for (String[] row : r.grid()) {
      sb.append(" [");
      for (int j = 0; j < row.length; j++) {
        sb.append(j > 0 ? ", " : "").append(row[j]);
      }
      sb.append(']');
    }
    return sb.toString();
  }

  // form 0 = text, 1 = LaTeX, 2 = HTML with MathML.
  private String fill(int form) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < prompt.length()) {
      int open = prompt.indexOf('{', i);
      if (open < 0) {
        text(sb, prompt.substring(i), form);
        break;
      }
      int close = prompt.indexOf('}', open);
      text(sb, prompt.substring(i, open), form);
      MathText v = param(prompt.substring(open + 1, close)).value();
      sb.append(form == 0 ? v.text() : form == 1 ? "$" + v.latex() + "$" : v.mathml());
      i = close + 1;
    }
    return sb.toString();
  }

  private static void text(StringBuilder sb, String s, int form) {
    if (form != 2) {
      sb.append(s);
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String entity = c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '&' ? "&amp;" : null;
      if (entity == null) {
        sb.append(c); // not String.valueOf(c): in TeaVM, a new array and string per character
      } else {
        sb.append(entity);
      }
    }
  }

  /** Collects the parts of a variant; {@link #build()} checks them. */
  public static final class Builder {
    private final String generator;
    private final int seed;
    private String prompt;
    private final List<Param> params = new ArrayList<>();
    private AnswerKey key;
    private final List<Choice> choices = new ArrayList<>();
    private Response model;
    private final List<Mistake> mistakes = new ArrayList<>();
    private final List<SolutionStep> solution = new ArrayList<>();

    private Builder(String generator, int seed) {
      this.generator = generator;
      this.seed = seed;
    }

    /** Sets the prompt template. */
    public Builder prompt(String template) {
      this.prompt = template;
      return this;
    }

    /** Adds a parameter. */
    public Builder param(String name, MathText value) {
      params.add(Param.of(name, value));
      return this;
    }

    /** Sets the answer key. */
    public Builder key(AnswerKey answerKey) {
      this.key = answerKey;
      return this;
    }

    /** Adds an option (in display order). */
    public Builder choice(Choice choice) {
      choices.add(choice);
      return this;
    }

    /** Sets the model answer as a reader would enter it. */
    public Builder model(Response response) {
      this.model = response;
      return this;
    }

    /** Adds a typical mistake. */
    public Builder mistake(String description, Response response) {
      mistakes.add(Mistake.of(description, response));
      return this;
    }

    /** Adds a solution step. */
    public Builder step(String sentence, MathText math) {
      solution.add(SolutionStep.of(sentence, math));
      return this;
    }

    /**
     * Returns the variant.
     *
     * @throws IllegalStateException if a part is missing, a placeholder names no parameter, two
     *     parameters share a name, the options do not match a choice key, or two options have the
     *     same text
     */
    public Variant build() {
      if (generator == null || prompt == null || key == null || model == null) {
        throw new IllegalStateException("a variant needs a generator, prompt, key and model");
      }
      if (solution.isEmpty()) {
        throw new IllegalStateException("a variant needs a worked solution");
      }
      for (int i = 0; i < params.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (params.get(i).name().equals(params.get(j).name())) {
            throw new IllegalStateException("duplicate parameter " + params.get(i).name());
          }
        }
      }
      checkPlaceholders();
      checkChoices();
      return new Variant(this);
    }

    private void checkPlaceholders() {
      int i = 0;
      while (true) {
        int open = prompt.indexOf('{', i);
        if (open < 0) {
          return;
        }
        int close = prompt.indexOf('}', open);
        if (close < 0) {
          throw new IllegalStateException("unclosed placeholder in prompt");
        }
        String name = prompt.substring(open + 1, close);
        boolean found = false;
        for (Param p : params) {
          found |= p.name().equals(name);
        }
        if (!found) {
          throw new IllegalStateException("placeholder {" + name + "} names no parameter");
        }
        i = close + 1;
      }
    }

    private void checkChoices() {
      boolean isChoice = key.kind() == AnswerKey.Kind.CHOICE;
      if (!isChoice) {
        if (!choices.isEmpty()) {
          throw new IllegalStateException("options given for a " + key.kind() + " key");
        }
        return;
      }
      if (choices.size() != key.choiceCount()) {
        throw new IllegalStateException("the key has " + key.choiceCount() + " options");
      }
      int[] correct = key.indices();
      int k = 0;
      for (int i = 0; i < choices.size(); i++) {
        boolean keyed = k < correct.length && correct[k] == i;
        if (keyed) {
          k++;
        }
        if (keyed != choices.get(i).isCorrect()) {
          throw new IllegalStateException("option " + i + " disagrees with the key");
        }
        for (int j = 0; j < i; j++) {
          if (choices.get(i).label().text().equals(choices.get(j).label().text())) {
            throw new IllegalStateException("duplicate options: " + choices.get(i).label().text());
          }
        }
      }
    }
  }
}
