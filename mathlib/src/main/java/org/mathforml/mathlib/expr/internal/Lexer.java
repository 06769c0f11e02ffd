package org.mathforml.mathlib.expr.internal;

import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Splits expression text into tokens on demand, so a syntax error is reported where the parser
 * meets it rather than at a bad character further on.
 *
 * <ul>
 *   <li>numbers: digits with an optional fraction, "12", "0.5", ".5" (no exponent notation, since
 *       "2e" means 2 times e);
 *   <li>identifiers: an ASCII letter, then letters, digits or '_' ("x", "x2", "log10");
 *   <li>operators + - * / ^ and parentheses; spaces, tabs and newlines are skipped.
 * </ul>
 */
final class Lexer {

  private final String text;
  private int pos;

  Lexer(String text) {
    this.text = text;
  }

  Token next() {
    while (pos < text.length() && isSpace(text.charAt(pos))) {
      pos++;
    }
    int start = pos;
    if (pos == text.length()) {
      return new Token(Token.Kind.END, "", start);
    }
    char c = text.charAt(pos);
    if (isDigit(c) || c == '.') {
      return number(start);
    }
    if (isLetter(c)) {
      pos++;
      while (pos < text.length()
          && (isLetter(text.charAt(pos)) || isDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      return new Token(Token.Kind.IDENTIFIER, text.substring(start, pos), start);
    }
    pos++;
    String s = String.valueOf(c);
    if (c == '(') {
      return new Token(Token.Kind.LEFT_PAREN, s, start);
    }
    if (c == ')') {
      return new Token(Token.Kind.RIGHT_PAREN, s, start);
    }
    if (Operator.bySymbol(c) != null) {
      return new Token(Token.Kind.OPERATOR, s, start);
    }
    throw new ExpressionException("unexpected '" + c + "'", start);
  }

  private Token number(int start) {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < text.length() && text.charAt(pos) == '.') {
      pos++;
      if (pos == text.length() || !isDigit(text.charAt(pos))) {
        throw new ExpressionException("expected a digit after '.'", pos);
      }
      while (pos < text.length() && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    return new Token(Token.Kind.NUMBER, text.substring(start, pos), start);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }
}
