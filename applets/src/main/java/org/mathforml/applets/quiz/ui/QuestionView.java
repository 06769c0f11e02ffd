package org.mathforml.applets.quiz.ui;

import java.util.List;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Checker;
import org.mathforml.applets.quiz.Generator;
import org.mathforml.applets.quiz.Generators;
import org.mathforml.applets.quiz.Serialized;
import org.mathforml.applets.quiz.SolutionStep;
import org.mathforml.applets.quiz.Variant;
import org.mathforml.applets.quiz.Verdict;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.xml.Element;

/**
 * One {@code li.quiz-question}: reads its key (static) or draws its variant (parametric), adds the
 * Check / Hint / Show solution / New variant buttons and writes the verdict into the aria-live
 * feedback, always as words ("Correct." / "Not yet.") plus an icon, never colour alone.
 */
final class QuestionView {

  private final QuizView quiz;
  private final Element li;
  private final String id;
  private final int number;
  private final Generator generator;
  private final Element prompt;
  private final Element controls;
  private final Element feedback;
  private final Element hintsBox;
  private final Element solutionBox;
  private final JSArrayReader<Element> hints;
  private final Element solutionTemplate;
  private Element checkButton;
  private Element hintButton;
  private Element solutionButton;
  private Element earlier; // "Answered correctly before." after a reload, or null
  private AnswerKey key;
  private Variant variant;
  private AnswerArea area;
  private int seed;
  private int hintsShown;
  private int attempts;

  QuestionView(QuizView quiz, Element li, int number, Generators generators) {
    this.quiz = quiz;
    this.li = li;
    this.number = number;
    this.id = li.getAttribute("id");
    prompt = QuizDom.first(li, ".quiz-prompt");
    controls = part(".quiz-controls", "div", "quiz-controls");
    feedback = part(".quiz-feedback", "p", "quiz-feedback");
    feedback.setAttribute("aria-live", "polite");
    if (!feedback.hasAttribute("id")) {
      feedback.setAttribute("id", id + "-feedback");
    }
    hintsBox = Dom.html("div", "quiz-hints");
    solutionBox = Dom.html("div", "quiz-solution-shown");
    solutionBox.setAttribute("hidden", "");
    QuizDom.insertAfter(feedback, solutionBox);
    QuizDom.insertAfter(feedback, hintsBox);
    hints = QuizDom.all(li, "template.quiz-hint");
    solutionTemplate = QuizDom.first(li, "template.quiz-solution");

    String name = li.getAttribute("data-generator");
    if (name != null) {
      generator = generators.named(name);
      if (generator == null) {
        throw new IllegalArgumentException("unknown question generator \"" + name + "\"");
      }
      if (prompt == null) {
        throw new IllegalArgumentException("no .quiz-prompt");
      }
      int fromUrl = seedOf(QuizDom.queryParameter(id));
      seed = fromUrl >= 0 ? fromUrl : Math.max(0, seedOf(li.getAttribute("data-seed")));
      // drawn later by QuizView (drawFirst), one question per task, so the page is not held up
    } else {
      generator = null;
      String text = li.getAttribute("data-key");
      if (text == null) {
        throw new IllegalArgumentException("no data-key and no data-generator");
      }
      key = Serialized.read(text);
      area = AnswerArea.existing(li, key);
      wireInputs();
    }
    addButtons();
  }

  private Element part(String selector, String tag, String className) {
    Element e = QuizDom.first(li, selector);
    if (e == null) {
      e = Dom.html(tag, className);
      li.appendChild(e);
    }
    return e;
  }

  /** A seed as written in the page or URL (digits, optional minus), or -1. */
  private static int seedOf(String s) {
    if (s == null) {
      return -1;
    }
    return Progress.number(s.trim());
  }

  /** The {@code li.quiz-question}. */
  Element element() {
    return li;
  }

  /** True for a generated question whose first variant is not drawn yet. */
  boolean waitsForDraw() {
    return generator != null && variant == null;
  }

  /**
   * Draws the first variant (the seed from the URL or data-seed), then makes the "Variant S" line a
   * polite live region, so a screen reader hears that New variant changed the question (the focus
   * stays on the button).
   */
  void drawFirst() {
    draw(seed, false);
    Element line = QuizDom.first(li, ".quiz-seed");
    if (line != null) {
      line.setAttribute("aria-live", "polite");
    }
  }

  private void addButtons() {
    checkButton = button("Check", "quiz-check", e -> check());
    controls.appendChild(checkButton);
    if (hints.getLength() > 0) {
      hintButton = button("", "quiz-hint-button", e -> nextHint());
      labelHintButton();
      controls.appendChild(hintButton);
    }
    if (solutionTemplate != null || generator != null) {
      solutionButton = button("Show solution", "quiz-solution-button", e -> toggleSolution());
      solutionButton.setAttribute("aria-expanded", "false");
      QuizDom.setDisabled(solutionButton, true);
      solutionButton.setAttribute("title", "Available after your first answer");
      controls.appendChild(solutionButton);
    }
    if (generator != null) {
      controls.appendChild(
          button("New variant", "quiz-new-variant", e -> draw(QuizDom.randomSeed(seed), true)));
    }
  }

  private static Element button(
      String text,
      String className,
      org.teavm.jso.dom.events.EventListener<org.teavm.jso.dom.events.Event> click) {
    Element b = Dom.text("button", className, text);
    b.setAttribute("type", "button");
    Dom.on(b, "click", click);
    return b;
  }

  /** Enter in any field checks; typing clears the invalid mark. */
  private void wireInputs() {
    JSArrayReader<Element> inputs = area.inputs();
    for (int i = 0; i < inputs.getLength(); i++) {
      Element input = inputs.get(i);
      if (!"INPUT".equals(input.getTagName())) {
        continue;
      }
      input.setAttribute("aria-describedby", feedback.getAttribute("id"));
      Dom.on(
          input,
          "keydown",
          (KeyboardEvent e) -> {
            if ("Enter".equals(e.getKey())) {
              Dom.preventDefault(e);
              check();
            }
          });
      Dom.on(input, "input", e -> input.removeAttribute("aria-invalid"));
    }
  }

  // ---- parametric questions ---------------------------------------------------------------

  /**
   * Draws and shows the variant for {@code s}, and records the time taken in data-render-ms: the
   * generator plus the DOM, plus the layout when {@code layout} (a New variant click; at page load
   * forcing a layout per question would only slow the page down).
   */
  private void draw(int s, boolean layout) {
    double start = QuizDom.now();
    Variant v = generator.generate(s);
    AnswerArea next = AnswerArea.build(v, id);
    Element p = Dom.html("p", "quiz-generated");
    QuizDom.setHtml(p, v.promptHtml());
    Dom.clear(prompt);
    prompt.appendChild(p);
    if (area != null) {
      QuizDom.remove(area.element());
    }
    QuizDom.insertAfter(prompt, next.element());
    variant = v;
    key = v.key();
    area = next;
    seed = s;
    wireInputs();
    Element link = QuizDom.first(li, ".quiz-seed-link");
    if (link != null) {
      link.setTextContent("" + s);
      link.setAttribute("href", "?" + id + "=" + s + "#" + id);
    }
    li.setAttribute("data-seed-shown", "" + s);
    li.setAttribute("data-prompt-text", v.promptText()); // for tests: JVM and browser agree
    clearState();
    Dom.clear(solutionBox);
    attempts = 0;
    if (layout) {
      QuizDom.forceLayout(li);
    }
    li.setAttribute("data-render-ms", Num.short2(QuizDom.now() - start));
  }

  // ---- checking -----------------------------------------------------------------------------

  private void check() {
    if (key == null) {
      return; // a generated question before its first draw
    }
    Verdict v = Checker.check(key, area.read());
    area.markInvalid(!v.isReadable());
    if (!v.isReadable()) {
      setState(null);
      say("!", "Not checked. " + v.message());
      return;
    }
    attempts++;
    forgetEarlier(); // this verdict replaces the saved one
    if (solutionButton != null) {
      QuizDom.setDisabled(solutionButton, false);
      solutionButton.removeAttribute("title");
    }
    setState(v.isCorrect() ? "quiz-correct" : "quiz-wrong");
    if (v.isCorrect()) {
      say("\u2713", v.message());
    } else {
      say("\u2717", "Not yet. " + v.message());
      if (key.kind() == AnswerKey.Kind.CHOICE) {
        addChoiceNotes();
      }
    }
    quiz.recorded(number, v.isCorrect());
  }

  /** Authored feedback (or the generator's mistake) of each selected wrong option. */
  private void addChoiceNotes() {
    int[] correct = key.indices();
    for (int i : area.checked()) {
      boolean right = false;
      for (int c : correct) {
        right |= c == i;
      }
      if (right) {
        continue;
      }
      Element t = QuizDom.first(li, "template.quiz-choice-feedback[data-choice=\"" + i + "\"]");
      String note = area.note(i);
      if (t != null) {
        Element span = Dom.html("span", "quiz-choice-note");
        QuizDom.appendTemplate(t, span);
        feedback.appendChild(span);
      } else if (note != null) {
        feedback.appendChild(
            Dom.text(
                "span", "quiz-choice-note", "This option is what you get if you " + note + "."));
      }
    }
  }

  private void setState(String state) {
    Dom.toggleClass(li, "quiz-correct", "quiz-correct".equals(state));
    Dom.toggleClass(li, "quiz-wrong", "quiz-wrong".equals(state));
  }

  private void say(String icon, String message) {
    Dom.clear(feedback);
    Element mark = Dom.text("span", "quiz-icon", icon);
    mark.setAttribute("aria-hidden", "true");
    feedback.appendChild(mark);
    feedback.appendChild(Dom.text("span", "quiz-message", message));
  }

  /**
   * Shows that the saved progress counts this question as answered correctly, which a reload would
   * otherwise hide: an icon and words (not colour alone), not in the aria-live feedback (nothing
   * happened just now), and named in the Check button's description. The answer itself is not
   * saved, and a new variant keeps the note, as the score does.
   */
  void showEarlier() {
    if (earlier != null) {
      return;
    }
    earlier = Dom.html("p", "quiz-earlier");
    earlier.setAttribute("id", id + "-earlier");
    Element mark = Dom.text("span", "quiz-icon", "\u2713");
    mark.setAttribute("aria-hidden", "true");
    earlier.appendChild(mark);
    earlier.appendChild(Dom.text("span", "quiz-message", "Answered correctly before."));
    earlier.appendChild(
        Dom.text(
            "span", "quiz-earlier-note", " It counts in your score; your answer is not saved."));
    QuizDom.insertBefore(li, earlier, feedback);
    Dom.toggleClass(li, "quiz-earlier-correct", true);
    checkButton.setAttribute("aria-describedby", earlier.getAttribute("id"));
  }

  /** Removes the note of {@link #showEarlier} (after a Check or Reset progress). */
  void forgetEarlier() {
    if (earlier == null) {
      return;
    }
    QuizDom.remove(earlier);
    earlier = null;
    Dom.toggleClass(li, "quiz-earlier-correct", false);
    checkButton.removeAttribute("aria-describedby");
  }

  /** Forgets the verdict shown (after Reset progress or a new variant); keeps what was typed. */
  void clearState() {
    setState(null);
    Dom.clear(feedback);
    if (area != null) {
      area.markInvalid(false);
    }
    solutionBox.setAttribute("hidden", "");
    if (solutionButton != null) {
      solutionButton.setTextContent("Show solution");
      solutionButton.setAttribute("aria-expanded", "false");
      if (generator != null) {
        QuizDom.setDisabled(solutionButton, true);
      }
    }
  }

  // ---- hints and solution ---------------------------------------------------------------------

  private void nextHint() {
    int n = hints.getLength();
    if (hintsShown >= n) {
      return;
    }
    Element box = Dom.html("div", "quiz-hint-shown");
    box.appendChild(Dom.text("p", "quiz-hint-label", "Hint " + (hintsShown + 1) + " of " + n));
    QuizDom.appendTemplate(hints.get(hintsShown), box);
    hintsBox.appendChild(box);
    hintsShown++;
    labelHintButton();
  }

  private void labelHintButton() {
    int n = hints.getLength();
    if (hintsShown >= n) {
      hintButton.setTextContent("No more hints");
      hintButton.setAttribute("aria-disabled", "true");
    } else {
      hintButton.setTextContent("Hint " + (hintsShown + 1) + " of " + n);
    }
  }

  private void toggleSolution() {
    if (attempts == 0 && solutionBox.hasAttribute("hidden")) {
      return;
    }
    if (!solutionBox.hasChildNodes()) {
      solutionBox.appendChild(Dom.text("p", "quiz-solution-label", "Solution"));
      if (variant != null) {
        solutionBox.appendChild(steps(variant.solution()));
      } else {
        QuizDom.appendTemplate(solutionTemplate, solutionBox);
      }
    }
    boolean show = solutionBox.hasAttribute("hidden");
    if (show) {
      solutionBox.removeAttribute("hidden");
    } else {
      solutionBox.setAttribute("hidden", "");
    }
    solutionButton.setTextContent(show ? "Hide solution" : "Show solution");
    solutionButton.setAttribute("aria-expanded", show ? "true" : "false");
  }

  private static Element steps(List<SolutionStep> steps) {
    Element ol = Dom.html("ol", "quiz-steps");
    for (SolutionStep s : steps) {
      Element item = Dom.html("li");
      item.appendChild(Dom.text("p", null, s.sentence()));
      if (s.math() != null) {
        Element math = Dom.html("div", "quiz-step-math");
        QuizDom.setHtml(math, s.math().mathml());
        item.appendChild(math);
      }
      ol.appendChild(item);
    }
    return ol;
  }
}
