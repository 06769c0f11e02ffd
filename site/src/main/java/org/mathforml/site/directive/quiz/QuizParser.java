package org.mathforml.site.directive.quiz;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.site.directive.quiz.QuestionSource.ChoiceSource;
import org.mathforml.site.directive.quiz.QuestionSource.Item;
import org.mathforml.site.directive.quiz.QuestionSource.Line;

/**
 * Splits a quiz body into questions. A question starts with a {@code ###} line; then come the
 * prompt (Markdown), the answer part (a task list of choices, an {@code answer:} line, an {@code
 * order:} list or a {@code generator:} line), {@code check:} and {@code hint:} lines, and last a
 * {@code solution:} that runs to the next question. Problems are reported by body index.
 */
final class QuizParser {
  private static final List<String> KEYWORDS =
      List.of("answer", "check", "hint", "solution", "order", "generator", "choose");

  /** Where problems go: body index (0-based) and message. */
  interface Report {
    void error(int index, String message);
  }

  private final Report report;
  private final List<QuestionSource> questions = new ArrayList<>();
  private QuestionSource q;
  private boolean inSolution;
  private boolean inOrder;
  private Fragment open; // receives indented continuation lines
  private ChoiceSource lastChoice; // receives "  > feedback" lines
  private boolean reportedPreamble;

  private QuizParser(Report report) {
    this.report = report;
  }

  static List<QuestionSource> parse(List<String> body, Report report) {
    QuizParser parser = new QuizParser(report);
    for (int i = 0; i < body.size(); i++) {
      parser.line(body.get(i), i);
    }
    return parser.questions;
  }

  private void line(String raw, int i) {
    String line = raw.strip();
    if (raw.startsWith("###") && (raw.length() == 3 || raw.charAt(3) == ' ')) {
      q = new QuestionSource(i, raw.substring(3).strip());
      questions.add(q);
      inSolution = false;
      inOrder = false;
      open = null;
      lastChoice = null;
      return;
    }
    if (q == null) {
      if (!line.isEmpty() && !reportedPreamble) {
        reportedPreamble = true;
        report.error(i, "a quiz starts with its first question: a line '### Question title'");
      }
      return;
    }
    String keyword = keyword(raw);
    if (inSolution) {
      if (keyword != null && !keyword.equals("solution")) {
        report.error(
            i,
            "'"
                + keyword
                + ":' after 'solution:': the solution runs to the next '###' question, so put it"
                + " last");
      } else {
        q.solution.add(raw);
      }
      return;
    }
    if (line.isEmpty()) {
      if (q.prompt != null && !q.answerStarted() && q.checks.isEmpty() && q.hints.isEmpty()) {
        q.prompt.add(raw);
      }
      open = null;
      lastChoice = null;
      return;
    }
    if (keyword != null) {
      keyword(keyword, raw.substring(keyword.length() + 1).strip(), i);
      return;
    }
    if (raw.startsWith("- [") || raw.startsWith("* [")) {
      choice(raw, i);
      return;
    }
    if (inOrder && item(raw, i)) {
      return;
    }
    if (Character.isWhitespace(raw.charAt(0)) && open != null) {
      if (lastChoice != null && line.startsWith(">")) {
        String text = line.substring(1).strip();
        if (lastChoice.feedback == null) {
          lastChoice.feedback = new Fragment(i, text);
        } else {
          lastChoice.feedback.add(text);
        }
        open = lastChoice.feedback;
      } else {
        open.add(line);
      }
      return;
    }
    if (!q.answerStarted() && q.checks.isEmpty() && q.hints.isEmpty()) {
      if (q.prompt == null) {
        q.prompt = new Fragment(i, raw);
      } else {
        q.prompt.add(raw);
      }
      return;
    }
    report.error(
        i,
        "unexpected text '"
            + shorten(line)
            + "': write the prompt before the answer, and a worked solution after 'solution:'");
  }

  private void keyword(String keyword, String value, int i) {
    open = null;
    lastChoice = null;
    inOrder = false;
    switch (keyword) {
      case "answer":
        q.answer = once(q.answer, value, i, keyword);
        break;
      case "check":
        q.checks.add(new Line(value, i));
        break;
      case "hint":
        if (value.isEmpty()) {
          report.error(i, "write the hint on the same line: 'hint: Add the two equations.'");
        }
        open = new Fragment(i, value);
        q.hints.add(open);
        break;
      case "solution":
        q.solution = new Fragment(i, value);
        inSolution = true;
        break;
      case "order":
        q.order = once(q.order, value, i, keyword);
        if (!value.isEmpty()) {
          report.error(i, "put the items of 'order:' on the lines below it, as '2. item'");
        }
        inOrder = true;
        break;
      case "generator":
        q.generator = once(q.generator, value, i, keyword);
        break;
      default:
        q.choose = once(q.choose, value, i, keyword);
    }
  }

  private Line once(Line previous, String value, int i, String keyword) {
    if (previous != null) {
      report.error(i, "a question has only one '" + keyword + ":' line");
      return previous;
    }
    return new Line(value, i);
  }

  private void choice(String raw, int i) {
    boolean checked = raw.startsWith("[x] ", 2) || raw.startsWith("[X] ", 2);
    boolean empty = raw.startsWith("[ ] ", 2);
    if (!checked && !empty) {
      report.error(i, "a choice reads '- [x] right answer' or '- [ ] wrong answer'");
      return;
    }
    inOrder = false;
    open = new Fragment(i, raw.substring(6).strip());
    lastChoice = new ChoiceSource(checked, open);
    q.choices.add(lastChoice);
  }

  private boolean item(String raw, int i) {
    int digits = 0;
    while (digits < raw.length() && Character.isDigit(raw.charAt(digits))) {
      digits++;
    }
    if (digits == 0
        || digits > 2
        || raw.length() < digits + 2
        || raw.charAt(digits) != '.'
        || raw.charAt(digits + 1) != ' ') {
      return false;
    }
    open = new Fragment(i, raw.substring(digits + 2).strip());
    lastChoice = null;
    q.items.add(new Item(Integer.parseInt(raw.substring(0, digits)), open));
    return true;
  }

  /** The keyword a line starts with ({@code answer:} at the start of the line), or null. */
  private static String keyword(String raw) {
    for (String k : KEYWORDS) {
      if (raw.startsWith(k + ":")) {
        return k;
      }
    }
    return null;
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
