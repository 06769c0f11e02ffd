package org.mathforml.applets.span3d;

import java.util.Map;
import org.mathforml.applets.components.Attrs;
import org.mathforml.applets.components.Box3D;
import org.mathforml.applets.components.Dom;
import org.mathforml.applets.components.Legend;
import org.mathforml.applets.components.Num;
import org.mathforml.applets.components.Palette;
import org.mathforml.applets.components.Turner;
import org.mathforml.mathlib.Fraction;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.Element;

/**
 * {@code span-3d}: two or three vectors u, v, w of 3-D space, typed into number inputs (whole
 * numbers or halves within the box), drawn as arrows in a box the reader turns by dragging or with
 * the arrow keys ({@link Turner}, shared with {@code three-planes}); shows their span (the origin,
 * a line, a plane or all of space) and says its dimension, whether the vectors are independent and,
 * when not, one exact relation ({@link Span3dMath}). A checkbox adds or removes w. Nothing moves by
 * itself, so reduced motion needs no special case.
 */
public final class Span3dApplet {

  private static final String[] AXES = {"x", "y", "z"};

  private final double size;
  private final Fraction[][] vectors = new Fraction[3][];
  private final Element[][] inputs = new Element[3][3];
  private final Element[] sets = new Element[3];
  private final Element message;
  private final Element legendW;
  private final Picture picture;
  private final Readout readout;
  private boolean three;

  private Span3dApplet(Element host, Map<String, String> a) {
    size = Attrs.number(a, "size");
    three = "3".equals(a.get("vectors"));
    for (int i = 0; i < 3; i++) {
      String name = Span3dMath.NAMES[i];
      vectors[i] = Attrs.vector(a, name);
      for (int k = 0; k < 3; k++) {
        String problem = Span3dMath.problem(name, vectors[i][k], size);
        if (problem != null) {
          throw new IllegalArgumentException(problem);
        }
      }
    }
    Box3D box = new Box3D(size, Attrs.number(a, "angle"));
    Element root = Dom.html("div", "applet-span-3d");
    Element form = Dom.html("form", "applet-form");
    form.setAttribute("aria-label", "Components of the vectors");
    Dom.on(form, "submit", Dom::preventDefault);
    for (int i = 0; i < 3; i++) {
      form.appendChild(fieldset(i));
    }
    Element choice = Dom.html("label", "applet-choice");
    Element box3 = Dom.html("input");
    box3.setAttribute("type", "checkbox");
    box3.setAttribute("name", "three");
    if (three) {
      box3.setAttribute("checked", "");
    }
    Dom.on(box3, "change", e -> toggle());
    choice.appendChild(box3);
    Dom.appendText(choice, " Third vector w");
    form.appendChild(choice);
    message = Dom.html("p", "applet-form-message");
    message.setAttribute("aria-live", "polite");
    form.appendChild(message);

    picture = new Picture(box);
    Turner.attach(box, picture.element(), this::draw);
    Element plotArea = Dom.html("div", "applet-plot-area");
    plotArea.appendChild(picture.element());
    Element legend =
        Legend.of(
            new String[] {"u: solid", "v: dashed", "w: dotted", "span: dash-dot, shaded"},
            new String[] {Palette.dash(1), Palette.dash(2), Palette.dash(3), Palette.dash(4)});
    legendW = child(legend, 2);
    plotArea.appendChild(legend);
    Element hint = Dom.text("p", "applet-hint", "Drag the picture or use the arrow keys on it.");
    hint.setAttribute("aria-hidden", "true");
    plotArea.appendChild(hint);

    readout = new Readout();
    root.appendChild(form);
    root.appendChild(plotArea);
    root.appendChild(readout.element());
    host.appendChild(root);
    update();
  }

  @JSBody(
      params = {"el", "i"},
      script = "return el.children[i];")
  private static native Element child(Element el, int i);

  /** The {@code span-3d} factory registered in {@code Registry}. */
  public static void mount(Element host, Map<String, String> attributes) {
    new Span3dApplet(host, attributes);
  }

  private Element fieldset(int i) {
    String name = Span3dMath.NAMES[i];
    Element set = Dom.html("fieldset", "applet-equation " + Palette.seriesClass(i + 1));
    sets[i] = set;
    set.appendChild(
        Dom.text("legend", null, "Vector " + name + " (" + Palette.dashName(i + 1) + " arrow)"));
    Element row = Dom.html("div", "applet-equation-row");
    for (int k = 0; k < 3; k++) {
      Element label = Dom.html("label", "applet-field");
      Element caption = Dom.text("span", "applet-field-name", AXES[k]);
      caption.setAttribute("aria-hidden", "true");
      Element input = Dom.html("input", "applet-input");
      input.setAttribute("type", "number");
      input.setAttribute("name", name + (k + 1));
      input.setAttribute("step", "0.5");
      input.setAttribute("min", Num.short2(-size));
      input.setAttribute("max", Num.short2(size));
      input.setAttribute("aria-label", name + ", " + AXES[k] + " component");
      Dom.setValue(input, Num.short2(vectors[i][k].doubleValue()));
      int which = i;
      Dom.on(input, "input", e -> typed(which));
      inputs[i][k] = input;
      label.appendChild(caption);
      label.appendChild(input);
      row.appendChild(label);
    }
    set.appendChild(row);
    return set;
  }

  private void typed(int i) {
    String name = Span3dMath.NAMES[i];
    Fraction[] v = new Fraction[3];
    String problem = null;
    for (int k = 0; k < 3; k++) {
      String text = Dom.value(inputs[i][k]).trim();
      String p = null;
      try {
        v[k] = Fraction.parse(text);
        p = Span3dMath.problem(name, v[k], size);
      } catch (RuntimeException e) {
        p = name + ": type a number such as 2, -1 or 0.5";
      }
      invalid(inputs[i][k], p != null);
      if (p != null && problem == null) {
        problem = p;
      }
    }
    if (problem != null) {
      message.setTextContent(problem + ".");
      return;
    }
    message.setTextContent("");
    vectors[i] = v;
    update();
  }

  private static void invalid(Element input, boolean bad) {
    if (bad) {
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
  }

  private void toggle() {
    three = !three;
    update();
  }

  private Span3dMath span() {
    return Span3dMath.of(
        three
            ? new Fraction[][] {vectors[0], vectors[1], vectors[2]}
            : new Fraction[][] {vectors[0], vectors[1]});
  }

  private void update() {
    if (three) {
      sets[2].removeAttribute("disabled");
      legendW.removeAttribute("hidden");
    } else {
      sets[2].setAttribute("disabled", "");
      legendW.setAttribute("hidden", "");
    }
    Span3dMath s = span();
    readout.show(s);
    picture.draw(s);
  }

  private void draw() {
    picture.draw(span());
  }
}
