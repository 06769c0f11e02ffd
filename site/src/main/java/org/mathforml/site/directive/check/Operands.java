package org.mathforml.site.directive.check;

import java.util.ArrayList;
import java.util.List;
import org.mathforml.mathlib.Fraction;
import org.mathforml.mathlib.FractionMatrix;

/**
 * The operands after a check command, in order: matrices in brackets ({@code [1 2; 3 4]}), vectors
 * in parentheses ({@code (1, -2)}) and bare numbers ({@code 3}, {@code 1/2}).
 */
final class Operands {
  private final List<String> parts;
  private final String command;

  private Operands(String command, List<String> parts) {
    this.command = command;
    this.parts = parts;
  }

  static Operands read(String command, String subject) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < subject.length()) {
      char c = subject.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      int end;
      if (c == '[' || c == '(') {
        end = subject.indexOf(c == '[' ? ']' : ')', i);
        if (end < 0) {
          throw new IllegalArgumentException("'" + c + "' is never closed");
        }
        end++;
      } else {
        end = subject.indexOf(' ', i);
        end = end < 0 ? subject.length() : end;
      }
      parts.add(subject.substring(i, end));
      i = end;
    }
    return new Operands(command, parts);
  }

  int count() {
    return parts.size();
  }

  /** Fails unless the operands are exactly of the given shapes ('m' matrix, 'v' vector, 'n'). */
  Operands expect(String shapes, String usage) {
    boolean ok = parts.size() == shapes.length();
    for (int i = 0; ok && i < shapes.length(); i++) {
      char first = parts.get(i).charAt(0);
      char want = shapes.charAt(i);
      ok = want == 'm' ? first == '[' : want == 'v' ? first == '(' : first != '[' && first != '(';
    }
    if (!ok) {
      throw new IllegalArgumentException(command + " reads '" + command + " " + usage + "'");
    }
    return this;
  }

  boolean isVector(int i) {
    return parts.get(i).charAt(0) == '(';
  }

  FractionMatrix matrix(int i) {
    return Claim.matrix(parts.get(i));
  }

  Fraction[] vector(int i) {
    return Claim.parseTuple(parts.get(i));
  }

  Fraction number(int i) {
    return Fraction.parse(parts.get(i));
  }
}
