package org.mathforml.mathlib.expr.internal;

/** A token: its kind, its exact source text and where it starts (0-based). */
final class Token {

  enum Kind {
    NUMBER,
    IDENTIFIER,
    OPERATOR,
    LEFT_PAREN,
    RIGHT_PAREN,
    END
  }

  final Kind kind;
  final String text;
  final int position;

  Token(Kind kind, String text, int position) {
    this.kind = kind;
    this.text = text;
    this.position = position;
  }

  boolean isOperator(char symbol) {
    return kind == Kind.OPERATOR && text.charAt(0) == symbol;
  }

  /** How the token is named in error messages: "')'", "number '3'", "end of input". */
  String describe() {
    switch (kind) {
      case END:
        return "end of input";
      case NUMBER:
        return "number '" + text + "'";
      default:
        return "'" + text + "'";
    }
  }
}
