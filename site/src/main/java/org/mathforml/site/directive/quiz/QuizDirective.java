package org.mathforml.site.directive.quiz;

import java.util.List;
import java.util.Map;
import org.mathforml.site.directive.Attributes;
import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;
import org.mathforml.site.markdown.Html;

/**
 * {@code ::: quiz ID title="..." graded=true|false}: a self-checking quiz. The body is a list of
 * questions in the format of docs/authoring.md, read by {@link QuizParser}; every key is checked at
 * build time ({@link QuestionWriter}) and the page gets the markup of the quiz contract, which the
 * browser runtime reads.
 */
public final class QuizDirective implements Directive {
  /** What the page says about where the answers are (quiz contract). */
  static final String HONESTY =
      "These questions are checked in your browser, so the answers can be found in the page"
          + " source. They are here for practice, not for grading.";

  @Override
  public String name() {
    return "quiz";
  }

  @Override
  public boolean markdownBody() {
    return false;
  }

  @Override
  public void render(DirectiveCall call) {
    String rest = call.rest();
    int space = rest.indexOf(' ');
    String id = space < 0 ? rest : rest.substring(0, space);
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      call.error(
          "a quiz needs an id of lowercase letters, digits and dashes, e.g."
              + " '::: quiz week-1-practice title=\"Practice quiz\"'");
      return;
    }
    Attributes parsed = Attributes.parse(space < 0 ? "" : rest.substring(space + 1));
    if (parsed.error() != null) {
      call.error(parsed.error());
      return;
    }
    Map<String, String> attributes = parsed.values();
    for (String key : attributes.keySet()) {
      if (!key.equals("title") && !key.equals("graded")) {
        call.error("unknown quiz attribute '" + key + "' (known: title, graded)");
      }
    }
    String title = attributes.getOrDefault("title", "").strip();
    if (title.isEmpty()) {
      call.error("a quiz needs a title: '::: quiz " + id + " title=\"Practice quiz\"'");
    }
    String graded = attributes.getOrDefault("graded", "false");
    if (!graded.equals("true") && !graded.equals("false")) {
      call.error("graded must be true or false, not '" + graded + "'");
    }
    if (call.page().next("quiz-id:" + id) > 1) {
      call.error("the quiz id '" + id + "' is used twice on this page");
    }
    List<QuestionSource> questions = QuizParser.parse(call.bodyLines(), call::error);
    if (questions.isEmpty()) {
      call.error("a quiz needs at least one question, starting with a line '### Question title'");
    }
    String prefix = "quiz-" + id;
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"quiz\" id=\"")
        .append(prefix)
        .append("\" data-quiz=\"")
        .append(id)
        .append("\" data-graded=\"")
        .append(graded.equals("true"))
        .append("\" aria-labelledby=\"")
        .append(prefix)
        .append("-title\">\n");
    out.append("<h2 class=\"quiz-title\" id=\"")
        .append(prefix)
        .append("-title\">")
        .append(Html.escape(title))
        .append("</h2>\n");
    out.append("<p class=\"quiz-honesty\">").append(HONESTY).append("</p>\n");
    out.append("<p class=\"quiz-score\" aria-live=\"polite\"></p>\n");
    out.append("<button type=\"button\" class=\"quiz-reset\">Reset progress</button>\n");
    out.append("<ol class=\"quiz-questions\">\n");
    for (int i = 0; i < questions.size(); i++) {
      out.append(new QuestionWriter(call, prefix + "-q" + (i + 1), i + 1).write(questions.get(i)));
    }
    out.append("</ol>\n");
    out.append("<noscript><p>This quiz checks your answers with JavaScript.</p></noscript>\n");
    out.append("</section>");
    call.html().line();
    call.html().raw(out.toString());
    call.html().line();
  }
}
