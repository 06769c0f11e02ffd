package org.mathforml.site.directive.check;

import java.util.List;
import org.mathforml.site.directive.Directive;
import org.mathforml.site.directive.DirectiveCall;

/**
 * {@code ::: check}: claims about numbers in the text, one per line, recomputed by mathlib at build
 * time. Nothing is shown to readers; a wrong claim fails the build at its line.
 *
 * <pre>
 * det [2 1; 1 -1] = -3
 * rank [1 2; 2 4] = 1
 * solve [2 1 | 5; 1 -1 | 1] = (2, 1)      (also: none, infinitely many)
 * value 3*2 - 1*4 = 2
 * </pre>
 */
public final class CheckDirective implements Directive {

  @Override
  public String name() {
    return "check";
  }

  @Override
  public boolean markdownBody() {
    return false;
  }

  @Override
  public void render(DirectiveCall call) {
    List<String> lines = call.bodyLines();
    int claims = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      claims++;
      String problem = Claim.verify(line);
      if (problem != null) {
        call.error(i, problem);
      }
    }
    if (claims == 0) {
      call.error("empty check block");
    }
  }
}
