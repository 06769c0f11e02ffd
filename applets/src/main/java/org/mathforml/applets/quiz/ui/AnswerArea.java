package org.mathforml.applets.quiz.ui;

import java.util.List;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.quiz.AnswerKey;
import org.mathforml.applets.quiz.Choice;
import org.mathforml.applets.quiz.Response;
import org.mathforml.applets.quiz.Variant;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/**
 * The answer area of one question: reads what the reader entered as a {@link Response}, and for a
 * generated question first builds the markup of QUIZ-CONTRACT.md (the same markup the site emits
 * for a static question, so both are read by the same code).
 */
final class AnswerArea {

  private final AnswerKey.Kind kind;
  private final Element scope; // the question (static) or the built area (generated)
  private final Element built; // null for a static question
  private final String[] notes; // generated choices: the mistake behind each option, or null

  private AnswerArea(AnswerKey.Kind kind, Element scope, Element built, String[] notes) {
    this.kind = kind;
    this.scope = scope;
    this.built = built;
    this.notes = notes;
  }

  /** The area the site rendered inside {@code question}. */
  static AnswerArea existing(Element question, AnswerKey key) {
    AnswerArea area = new AnswerArea(key.kind(), question, null, null);
    area.wireOrdering();
    return area;
  }

  /** Builds the area for a drawn variant; the caller inserts {@link #element()}. */
  static AnswerArea build(Variant variant, String name) {
    AnswerKey key = variant.key();
    Element root = Dom.html("div", "quiz-answer-area");
    String[] notes = null;
    switch (key.kind()) {
      case CHOICE:
        List<Choice> choices = variant.choices();
        notes = new String[choices.size()];
        Element set = fieldset(root);
        for (int i = 0; i < choices.size(); i++) {
          notes[i] = choices.get(i).mistake();
          Element span = Dom.html("span");
          QuizDom.setHtml(span, choices.get(i).label().mathml());
          option(set, key.isMultiple() ? "checkbox" : "radio", name, "" + i, span);
        }
        break;
      case TRUE_FALSE:
        Element tf = fieldset(root);
        option(tf, "radio", name, "true", Dom.text("span", null, "True"));
        option(tf, "radio", name, "false", Dom.text("span", null, "False"));
        break;
      case VECTOR:
        grid(root, key.size(), 1, "Vector entries");
        break;
      case MATRIX:
        grid(root, key.matrix().rows(), key.matrix().cols(), "Matrix entries");
        break;
      case ORDERING:
        throw new IllegalArgumentException("a generated ordering question has no items to show");
      default:
        Element label = Dom.text("label", "quiz-answer", "Your answer ");
        Element input = textInput("quiz-input");
        input.setAttribute("name", name);
        label.appendChild(input);
        root.appendChild(label);
    }
    return new AnswerArea(key.kind(), root, root, notes);
  }

  private static Element fieldset(Element root) {
    Element set = Dom.html("fieldset", "quiz-choices");
    set.appendChild(Dom.text("legend", "visually-hidden", "Choices"));
    root.appendChild(set);
    return set;
  }

  private static void option(Element set, String type, String name, String value, Element text) {
    Element label = Dom.html("label", "quiz-choice");
    Element input = Dom.html("input");
    input.setAttribute("type", type);
    input.setAttribute("name", name);
    input.setAttribute("value", value);
    label.appendChild(input);
    Dom.appendText(label, " ");
    label.appendChild(text);
    set.appendChild(label);
  }

  private static void grid(Element root, int rows, int cols, String label) {
    Element grid = Dom.html("div", "quiz-grid");
    grid.setAttribute("data-rows", "" + rows);
    grid.setAttribute("data-cols", "" + cols);
    grid.setAttribute("role", "group");
    grid.setAttribute("aria-label", label);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        Element cell = textInput("quiz-cell");
        cell.setAttribute("data-row", "" + r);
        cell.setAttribute("data-col", "" + c);
        cell.setAttribute(
            "aria-label",
            cols == 1 ? "Entry " + (r + 1) : "Row " + (r + 1) + ", column " + (c + 1));
        grid.appendChild(cell);
      }
    }
    root.appendChild(grid);
  }

  private static Element textInput(String className) {
    Element input = Dom.html("input", className);
    input.setAttribute("type", "text");
    input.setAttribute("autocomplete", "off");
    input.setAttribute("spellcheck", "false");
    // "text", not "decimal": phone decimal keypads have no minus sign and no slash.
    input.setAttribute("inputmode", "text");
    return input;
  }

  /** The built area of a generated question; null for a static one. */
  Element element() {
    return built;
  }

  /** Every input of the area (text fields, cells, radios, checkboxes). */
  JSArrayReader<Element> inputs() {
    return QuizDom.all(
        scope, ".quiz-choices input, input.quiz-input, input.quiz-cell, .quiz-order button");
  }

  /** What the reader entered, in the form {@link org.mathforml.applets.quiz.Checker} expects. */
  Response read() {
    switch (kind) {
      case CHOICE:
        return Response.selected(checked());
      case TRUE_FALSE:
        JSArrayReader<Element> tf = QuizDom.all(scope, ".quiz-choices input");
        for (int i = 0; i < tf.getLength(); i++) {
          if (QuizDom.isChecked(tf.get(i))) {
            return Response.truth("true".equals(tf.get(i).getAttribute("value")));
          }
        }
        return Response.text("");
      case VECTOR:
      case MATRIX:
        return readGrid();
      case ORDERING:
        JSArrayReader<Element> items = QuizDom.all(scope, ".quiz-order > li");
        int[] order = new int[items.getLength()];
        for (int i = 0; i < order.length; i++) {
          order[i] = Progress.number(attr(items.get(i), "data-item"));
        }
        return Response.selected(order);
      default:
        Element input = QuizDom.first(scope, "input.quiz-input");
        return Response.text(input == null ? "" : Dom.value(input));
    }
  }

  /** CHOICE: the indices of the checked options. */
  int[] checked() {
    JSArrayReader<Element> boxes = QuizDom.all(scope, ".quiz-choices input");
    int count = 0;
    int[] all = new int[boxes.getLength()];
    for (int i = 0; i < boxes.getLength(); i++) {
      if (QuizDom.isChecked(boxes.get(i))) {
        all[count++] = Progress.number(attr(boxes.get(i), "value"));
      }
    }
    int[] out = new int[count];
    System.arraycopy(all, 0, out, 0, count);
    return out;
  }

  /** Generated CHOICE: the mistake behind option i, or null. */
  String note(int i) {
    return notes != null && i >= 0 && i < notes.length ? notes[i] : null;
  }

  private Response readGrid() {
    Element grid = QuizDom.first(scope, ".quiz-grid");
    if (grid == null) {
      return Response.grid(null);
    }
    int rows = Math.max(0, Progress.number(attr(grid, "data-rows")));
    int cols = Math.max(0, Progress.number(attr(grid, "data-cols")));
    String[][] cells = new String[rows][cols];
    JSArrayReader<Element> inputs = QuizDom.all(grid, ".quiz-cell");
    for (int i = 0; i < inputs.getLength(); i++) {
      int r = Progress.number(attr(inputs.get(i), "data-row"));
      int c = Progress.number(attr(inputs.get(i), "data-col"));
      if (r >= 0 && r < rows && c >= 0 && c < cols) {
        cells[r][c] = Dom.value(inputs.get(i));
      }
    }
    if (kind == AnswerKey.Kind.MATRIX) {
      return Response.grid(cells);
    }
    String[] column = new String[rows];
    for (int r = 0; r < rows; r++) {
      column[r] = cols > 0 ? cells[r][0] : null;
    }
    return Response.cells(column);
  }

  /** Sets or clears aria-invalid on the fields a reader types or selects in. */
  void markInvalid(boolean invalid) {
    JSArrayReader<Element> fields =
        QuizDom.all(scope, ".quiz-choices input, input.quiz-input, input.quiz-cell");
    for (int i = 0; i < fields.getLength(); i++) {
      if (invalid) {
        fields.get(i).setAttribute("aria-invalid", "true");
      } else {
        fields.get(i).removeAttribute("aria-invalid");
      }
    }
  }

  private static String attr(Element el, String name) {
    String v = el.getAttribute(name);
    return v == null ? "" : v;
  }

  // ---- ordering: "Move up" / "Move down" buttons on each item ------------------------------

  private void wireOrdering() {
    if (kind != AnswerKey.Kind.ORDERING) {
      return;
    }
    Element list = QuizDom.first(scope, ".quiz-order");
    if (list == null) {
      return;
    }
    Element status = Dom.html("p", "quiz-order-status visually-hidden");
    status.setAttribute("aria-live", "polite");
    QuizDom.insertAfter(list, status);
    JSArrayReader<Element> items = QuizDom.all(list, ":scope > li");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = items.get(i);
      // the item's own HTML (text and KaTeX spans) as one flex item beside the buttons
      Element text = Dom.html("span", "quiz-order-text");
      moveChildren(item, text);
      item.appendChild(text);
      Element buttons = Dom.html("span", "quiz-order-buttons");
      buttons.appendChild(moveButton(list, item, status, true));
      buttons.appendChild(moveButton(list, item, status, false));
      item.appendChild(buttons);
    }
    relabel(list);
  }

  private Element moveButton(Element list, Element item, Element status, boolean up) {
    Element b =
        Dom.text("button", up ? "quiz-move-up" : "quiz-move-down", up ? "\u2191" : "\u2193");
    b.setAttribute("type", "button");
    Dom.on(
        b,
        "click",
        e -> {
          Element other = sibling(item, up);
          if (other != null) {
            QuizDom.insertBefore(list, up ? item : other, up ? other : item);
            relabel(list);
            Dom.focus(b);
          }
          status.setTextContent("Item at position " + position(item) + " of " + count(list) + ".");
        });
    return b;
  }

  private static Element sibling(Element item, boolean before) {
    return before ? previous(item) : next(item);
  }

  @org.teavm.jso.JSBody(
      params = {"from", "to"},
      script = "while (from.firstChild) { to.appendChild(from.firstChild); }")
  private static native void moveChildren(Element from, Element to);

  @org.teavm.jso.JSBody(params = "el", script = "return el.previousElementSibling;")
  private static native Element previous(Element el);

  @org.teavm.jso.JSBody(params = "el", script = "return el.nextElementSibling;")
  private static native Element next(Element el);

  private static int position(Element item) {
    int p = 1;
    for (Element e = previous(item); e != null; e = previous(e)) {
      p++;
    }
    return p;
  }

  private static int count(Element list) {
    return QuizDom.all(list, ":scope > li").getLength();
  }

  private static void relabel(Element list) {
    JSArrayReader<Element> items = QuizDom.all(list, ":scope > li");
    int n = items.getLength();
    for (int i = 0; i < n; i++) {
      String where = "item " + (i + 1) + " of " + n;
      Element up = QuizDom.first(items.get(i), ".quiz-move-up");
      Element down = QuizDom.first(items.get(i), ".quiz-move-down");
      if (up != null) {
        up.setAttribute("aria-label", "Move up, " + where);
      }
      if (down != null) {
        down.setAttribute("aria-label", "Move down, " + where);
      }
    }
  }
}
