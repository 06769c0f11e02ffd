package org.mathforml.site.directive.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Serialized;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.site.directive.Attributes;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.directive.check.Claim;
import org.mathforml.site.directive.check.Computed;
import org.mathforml.site.directive.quiz.QuestionSource.ChoiceSource;
import org.mathforml.site.directive.quiz.QuestionSource.Item;
import org.mathforml.site.directive.quiz.QuestionSource.Line;
import org.mathforml.site.markdown.Html;

/**
 * Checks one question and writes its markup (quiz contract): the key from the choices, the {@code
 * answer:} line or the {@code order:} list, proved against every {@code check:} line; or, for a
 * generated question, the generator run for its seed.
 */
final class QuestionWriter {
  private final DirectiveCall call;
  private final String id;
  private final int number;

  QuestionWriter(DirectiveCall call, String id, int number) {
    this.call = call;
    this.id = id;
    this.number = number;
  }

  String write(QuestionSource q) {
    if (q.generator != null) {
      return generated(q);
    }
    if (q.prompt == null || q.prompt.isBlank()) {
      call.error(q.heading, "question " + number + " has no prompt: write it below the '###' line");
    }
    int parts =
        (q.choices.isEmpty() ? 0 : 1) + (q.answer == null ? 0 : 1) + (q.order == null ? 0 : 1);
    if (parts != 1) {
      call.error(
          q.heading,
          parts == 0
              ? "question "
                  + number
                  + " has no answer: add choices ('- [x] right', '- [ ] wrong'),"
                  + " an 'answer:' line or an 'order:' list"
              : "question "
                  + number
                  + " has more than one answer part: use choices, 'answer:' or"
                  + " 'order:', not several");
      return "";
    }
    if (q.choose != null && q.choices.isEmpty()) {
      call.error(q.choose.index, "'choose:' belongs to questions with choices");
    }
    AnswerKey key;
    String area;
    if (!q.choices.isEmpty()) {
      key = choiceKey(q);
      area = choices(q, key);
    } else if (q.order != null) {
      key = orderKey(q);
      area = order(q);
    } else {
      try {
        key = AnswerLine.parse(q.answer.text);
      } catch (IllegalArgumentException e) {
        call.error(q.answer.index, e.getMessage());
        return "";
      }
      area = answerArea(key);
    }
    if (key == null) {
      return "";
    }
    checks(q, key);
    String engine = KeyProof.selfCheck(key);
    if (engine != null) {
      call.error(q.heading, engine);
    }
    StringBuilder out = new StringBuilder();
    out.append("<li class=\"quiz-question\" id=\"")
        .append(id)
        .append("\" data-question=\"")
        .append(number)
        .append("\" data-kind=\"")
        .append(kind(key.kind()))
        .append("\" data-key=\"")
        .append(Html.escape(Serialized.write(key)))
        .append("\">\n");
    out.append("<div class=\"quiz-prompt\">").append(markdown(q.prompt)).append("</div>\n");
    out.append(area);
    for (Fragment hint : q.hints) {
      out.append("<template class=\"quiz-hint\">").append(markdown(hint)).append("</template>\n");
    }
    if (q.solution != null) {
      if (q.solution.isBlank()) {
        call.error(q.solution.first, "'solution:' is empty: write the worked solution below it");
      }
      out.append("<template class=\"quiz-solution\">")
          .append(markdown(q.solution))
          .append("</template>\n");
    }
    out.append("<div class=\"quiz-controls\"></div>\n");
    out.append("<p class=\"quiz-feedback\" aria-live=\"polite\"></p>\n");
    out.append("</li>\n");
    return out.toString();
  }

  private AnswerKey choiceKey(QuestionSource q) {
    List<ChoiceSource> choices = q.choices;
    boolean ok = true;
    if (choices.size() < 2) {
      call.error(choices.get(0).label.first, "a choice question needs at least two choices");
      ok = false;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Integer> correct = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      ChoiceSource c = choices.get(i);
      String text = normalize(c.label.text());
      if (text.isEmpty()) {
        call.error(c.label.first, "empty choice: write its text after '- [ ]'");
        ok = false;
      }
      Integer earlier = seen.putIfAbsent(text, c.label.first);
      if (earlier != null && !text.isEmpty()) {
        call.error(
            c.label.first,
            "duplicate choice '"
                + QuizParser.shorten(text)
                + "' (also on line "
                + call.bodyLine(earlier)
                + ")");
        ok = false;
      }
      if (c.correct) {
        correct.add(i);
      }
    }
    if (correct.isEmpty()) {
      call.error(
          choices.get(0).label.first,
          "no choice is marked correct: mark the right one(s) with '- [x]'");
      ok = false;
    }
    boolean multiple = correct.size() > 1;
    if (q.choose != null) {
      if (q.choose.text.equals("several")) {
        multiple = true;
      } else if (!q.choose.text.equals("one")) {
        call.error(q.choose.index, "write 'choose: one' or 'choose: several'");
      } else if (correct.size() > 1) {
        call.error(
            q.choose.index, "'choose: one' but " + correct.size() + " choices are marked correct");
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    int[] indices = new int[correct.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = correct.get(i);
    }
    return multiple
        ? AnswerKey.multipleChoice(choices.size(), indices)
        : AnswerKey.singleChoice(choices.size(), indices[0]);
  }

  private String choices(QuestionSource q, AnswerKey key) {
    String type = key != null && key.isMultiple() ? "checkbox" : "radio";
    StringBuilder out = new StringBuilder(fieldsetStart());
    StringBuilder feedback = new StringBuilder();
    for (int i = 0; i < q.choices.size(); i++) {
      ChoiceSource c = q.choices.get(i);
      out.append(choice(type, String.valueOf(i), inline(c.label)));
      if (c.feedback != null) {
        feedback
            .append("<template class=\"quiz-choice-feedback\" data-choice=\"")
            .append(i)
            .append("\">")
            .append(markdown(c.feedback))
            .append("</template>\n");
      }
    }
    return out.append("</fieldset>\n").append(feedback).toString();
  }

  private String fieldsetStart() {
    return "<fieldset class=\"quiz-choices\"><legend class=\"visually-hidden\">Choices</legend>\n";
  }

  private String choice(String type, String value, String labelHtml) {
    return "<label class=\"quiz-choice\"><input type=\""
        + type
        + "\" name=\""
        + id
        + "\" value=\""
        + value
        + "\"> <span>"
        + labelHtml
        + "</span></label>\n";
  }

  private AnswerKey orderKey(QuestionSource q) {
    int n = q.items.size();
    if (n < 2) {
      call.error(q.order.index, "'order:' needs at least two items below it, as '2. item'");
      return null;
    }
    int[] order = new int[n];
    boolean[] seen = new boolean[n];
    for (int i = 0; i < n; i++) {
      int place = q.items.get(i).place;
      if (place < 1 || place > n || seen[place - 1]) {
        call.error(
            q.items.get(i).text.first,
            "each item of 'order:' starts with its right place, 1 to " + n + ", each place once");
        return null;
      }
      seen[place - 1] = true;
      order[place - 1] = i;
    }
    boolean shownInOrder = true;
    for (int k = 0; k < n; k++) {
      shownInOrder &= order[k] == k;
    }
    if (shownInOrder) {
      call.error(
          q.order.index,
          "the items are already listed in the right order: list them mixed up, each with its"
              + " right place");
      return null;
    }
    return AnswerKey.ordering(order);
  }

  private String order(QuestionSource q) {
    StringBuilder out = new StringBuilder("<ol class=\"quiz-order\">\n");
    for (int i = 0; i < q.items.size(); i++) {
      Item item = q.items.get(i);
      out.append("<li data-item=\"")
          .append(i)
          .append("\">")
          .append(inline(item.text))
          .append("</li>\n");
    }
    return out.append("</ol>\n").toString();
  }

  private String answerArea(AnswerKey key) {
    switch (key.kind()) {
      case TRUE_FALSE:
        return fieldsetStart()
            + choice("radio", "true", "True")
            + choice("radio", "false", "False")
            + "</fieldset>\n";
      case NUMERIC:
        return textInput("decimal");
      case FRACTION:
      case EXPRESSION:
        // "text", not "decimal": phone keypads for decimals may lack '/', '-' and letters.
        return textInput("text");
      case VECTOR:
        return grid(key.size(), 1, "Vector entries");
      default:
        return grid(key.matrix().rows(), key.matrix().cols(), "Matrix entries");
    }
  }

  private String textInput(String inputMode) {
    return "<label class=\"quiz-answer\">Your answer <input type=\"text\" class=\"quiz-input\" name=\""
        + id
        + "\" autocomplete=\"off\" spellcheck=\"false\" inputmode=\""
        + inputMode
        + "\"></label>\n";
  }

  private String grid(int rows, int cols, String label) {
    StringBuilder out =
        new StringBuilder("<div class=\"quiz-grid\" data-rows=\"")
            .append(rows)
            .append("\" data-cols=\"")
            .append(cols)
            .append("\" role=\"group\" aria-label=\"")
            .append(label)
            .append("\">\n");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        String cell =
            cols == 1 && label.startsWith("Vector")
                ? "Entry " + (r + 1)
                : "Row " + (r + 1) + ", column " + (c + 1);
        out.append("<input type=\"text\" class=\"quiz-cell\" data-row=\"")
            .append(r)
            .append("\" data-col=\"")
            .append(c)
            .append("\" aria-label=\"")
            .append(cell)
            .append("\" autocomplete=\"off\" spellcheck=\"false\" inputmode=\"text\">\n");
      }
    }
    return out.append("</div>\n").toString();
  }

  /** Proves the key against every {@code check:} line, or checks a full claim. */
  private void checks(QuestionSource q, AnswerKey key) {
    for (Line check : q.checks) {
      if (check.text.isEmpty()) {
        call.error(
            check.index,
            "write what mathlib should compute after 'check:', e.g. 'check: det [2 1; 1 -1]'");
        continue;
      }
      if (check.text.indexOf('=') >= 0) {
        String problem = Claim.verify(check.text);
        if (problem != null) {
          call.error(check.index, problem);
        }
        continue;
      }
      Computed computed;
      try {
        computed = Claim.compute(check.text);
      } catch (IllegalArgumentException e) {
        call.error(check.index, e.getMessage());
        continue;
      }
      String problem = KeyProof.agrees(key, computed);
      if (problem == null) {
        continue;
      }
      if (problem.isEmpty()) {
        Line stated = q.answer;
        call.error(
            stated == null ? check.index : stated.index,
            "the answer "
                + (stated == null ? Serialized.write(key) : "'" + stated.text + "'")
                + " disagrees with 'check: "
                + check.text
                + "' (mathlib computes "
                + computed.describe()
                + ")");
      } else {
        call.error(check.index, problem);
      }
    }
  }

  private String generated(QuestionSource q) {
    int line = q.generator.index;
    if (q.prompt != null
        || !q.choices.isEmpty()
        || q.answer != null
        || q.order != null
        || q.choose != null
        || !q.checks.isEmpty()
        || !q.hints.isEmpty()
        || q.solution != null) {
      call.error(
          line,
          "a generated question has no prompt, answer, checks, hints or solution of its own:"
              + " the generator writes them");
    }
    String text = q.generator.text;
    int space = text.indexOf(' ');
    String name = space < 0 ? text : text.substring(0, space);
    Attributes attributes = Attributes.parse(space < 0 ? "" : text.substring(space + 1));
    if (attributes.error() != null) {
      call.error(line, attributes.error());
      return "";
    }
    int seed = 1;
    for (Map.Entry<String, String> e : attributes.values().entrySet()) {
      if (!e.getKey().equals("seed")) {
        call.error(line, "unknown generator attribute '" + e.getKey() + "' (known: seed)");
        return "";
      }
      try {
        seed = Integer.parseInt(e.getValue());
      } catch (NumberFormatException ex) {
        call.error(line, "seed must be a whole number, not '" + e.getValue() + "'");
        return "";
      }
    }
    Generator generator = Generators.find(name);
    if (generator == null) {
      call.error(
          line,
          "unknown generator '"
              + name
              + "' (known: "
              + String.join(", ", Generators.names())
              + ")");
      return "";
    }
    Variant variant;
    try {
      variant = generator.generate(seed);
    } catch (RuntimeException e) {
      call.error(line, "generator '" + name + "' fails for seed " + seed + ": " + e.getMessage());
      return "";
    }
    String engine = KeyProof.selfCheck(variant.key());
    if (engine == null && !Checker.check(variant.key(), variant.modelResponse()).isCorrect()) {
      engine = "generator '" + name + "' with seed " + seed + " refuses its own model answer";
    }
    if (engine != null) {
      call.error(line, engine);
    }
    return "<li class=\"quiz-question\" id=\""
        + id
        + "\" data-question=\""
        + number
        + "\" data-generator=\""
        + name
        + "\" data-seed=\""
        + seed
        + "\" data-kind=\""
        + kind(variant.key().kind())
        + "\">\n"
        + "<div class=\"quiz-prompt\"><p class=\"quiz-generated\">A new question is drawn here.</p>"
        + "</div>\n"
        + "<div class=\"quiz-controls\"></div>\n"
        + "<p class=\"quiz-feedback\" aria-live=\"polite\"></p>\n"
        + "<p class=\"quiz-seed\">Variant <a class=\"quiz-seed-link\" href=\"#"
        + id
        + "\">"
        + seed
        + "</a></p>\n"
        + "</li>\n";
  }

  /** The {@code data-kind} of a key (quiz contract). */
  static String kind(AnswerKey.Kind kind) {
    switch (kind) {
      case CHOICE:
        return "choice";
      case TRUE_FALSE:
        return "truefalse";
      case NUMERIC:
        return "numeric";
      case FRACTION:
        return "fraction";
      case VECTOR:
        return "vector";
      case MATRIX:
        return "matrix";
      case EXPRESSION:
        return "expression";
      default:
        return "ordering";
    }
  }

  private String markdown(Fragment fragment) {
    if (fragment == null) {
      return "";
    }
    return call.page().markdown(fragment.text(), call.bodyLine(fragment.first)).strip();
  }

  /** A one-paragraph fragment without its {@code <p>}, for labels. */
  private String inline(Fragment fragment) {
    String html = markdown(fragment);
    if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
      return html.substring(3, html.length() - 4);
    }
    return html;
  }

  private static String normalize(String text) {
    return String.join(" ", text.strip().split("\\s+"));
  }
}
