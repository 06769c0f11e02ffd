package org.mathforml.site.math;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/** KaTeX inside the JVM with GraalJS: pure Maven, no Node needed, slower (~7 ms a formula). */
public final class GraalKatex implements Katex {
  private final Context context;
  private final Value render;
  private final Value describeError;
  private final String macrosJson;

  private GraalKatex(Macros macros) {
    this.macrosJson = macros.toJson();
    this.context = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
    context.eval(Source.create("js", KatexAssets.read("katex.min.js")));
    context.eval(Source.create("js", KatexAssets.resource("katex-render.js")));
    this.render = context.getBindings("js").getMember("mathformlRender");
    this.describeError = context.getBindings("js").getMember("mathformlError");
  }

  public static GraalKatex start(Macros macros) {
    return new GraalKatex(macros);
  }

  @Override
  public synchronized String render(String tex, boolean display) throws KatexException {
    try {
      return render.execute(tex, display, macrosJson).asString();
    } catch (PolyglotException e) {
      if (!e.isGuestException() || e.getGuestObject() == null) {
        throw e;
      }
      Value error = describeError.execute(e.getGuestObject());
      throw new KatexException(
          error.getMember("message").asString(), error.getMember("position").asInt());
    }
  }

  @Override
  public synchronized void close() {
    context.close();
  }
}
