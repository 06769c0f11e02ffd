package org.mathforml.mathlib.expr.internal;

import org.mathforml.mathlib.Decimal;
import org.mathforml.mathlib.expr.ExpressionException;

/**
 * Recursive-descent parser from tokens to an immutable {@link Node} tree. Grammar, loosest binding
 * first:
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/') unary | power)*   -- bare power: implicit multiplication
 * unary      := ('-' | '+') unary | power
 * power      := primary ('^' unary)?                 -- right-associative; 2^-1 allowed
 * primary    := number | constant | function '(' expression ')' | variable
 *             | '(' expression ')'
 * </pre>
 *
 * <p>Implicit multiplication applies when an identifier or '(' follows a complete factor: "2x",
 * "3(x+1)", "2 pi", "(x+1)(x-1)", "x sin(x)". It never applies before a number, so "2 3" and "x 2"
 * are errors rather than a silent 6 or 2x. It binds like '*', so 1/2x is (1/2)x. A multi-letter
 * identifier directly followed by '(' must be a known function.
 */
public final class Parser {

  /** Most nested parentheses, signs and exponents accepted; bounds the parser's recursion. */
  public static final int MAX_NESTING = 100;

  /** Deepest tree accepted (a long sum is a deep tree); bounds the visitors' recursion. */
  public static final int MAX_DEPTH = 1000;

  private final Lexer lexer;
  private Token current;
  private int nesting;

  private Parser(String text) {
    this.lexer = new Lexer(text);
    this.current = lexer.next();
  }

  /** Parses {@code text}, reporting the first problem as an {@link ExpressionException}. */
  public static Node parse(String text) {
    if (text == null) {
      throw new ExpressionException("empty expression", 0);
    }
    Parser parser = new Parser(text);
    if (parser.current.kind == Token.Kind.END) {
      throw new ExpressionException("empty expression", 0);
    }
    Node root = parser.expression();
    if (parser.current.kind != Token.Kind.END) {
      throw parser.unexpected();
    }
    return root;
  }

  private Node expression() {
    Node left = term();
    while (current.isOperator('+') || current.isOperator('-')) {
      Token op = advance();
      left = binary(Operator.bySymbol(op.text.charAt(0)), left, term(), op.position);
    }
    return left;
  }

  private Node term() {
    Node left = unary();
    while (true) {
      if (current.isOperator('*') || current.isOperator('/')) {
        Token op = advance();
        left = binary(Operator.bySymbol(op.text.charAt(0)), left, unary(), op.position);
      } else if (current.kind == Token.Kind.IDENTIFIER || current.kind == Token.Kind.LEFT_PAREN) {
        int position = current.position;
        left = binary(Operator.MULTIPLY, left, power(), position);
      } else {
        return left;
      }
    }
  }

  // Every nested construct recurses through here, so this is where nesting is bounded.
  private Node unary() {
    if (++nesting > MAX_NESTING) {
      throw new ExpressionException("expression nested too deeply", current.position);
    }
    Node result;
    if (current.isOperator('-')) {
      Token minus = advance();
      result = check(new Node.Negate(unary(), minus.position));
    } else if (current.isOperator('+')) {
      advance();
      result = unary();
    } else {
      result = power();
    }
    nesting--;
    return result;
  }

  private Node power() {
    Node base = primary();
    if (current.isOperator('^')) {
      Token caret = advance();
      return binary(Operator.POWER, base, unary(), caret.position);
    }
    return base;
  }

  private Node primary() {
    Token token = current;
    switch (token.kind) {
      case NUMBER:
        advance();
        return new Node.Number(token.text, Decimal.parse(token.text), token.position);
      case LEFT_PAREN:
        advance();
        Node inner = expression();
        closeParen(token);
        return inner;
      case IDENTIFIER:
        advance();
        return identifier(token);
      default:
        throw unexpected();
    }
  }

  private Node identifier(Token name) {
    Constants constant = Constants.byName(name.text);
    if (constant != null) {
      return new Node.Constant(constant, name.position);
    }
    Functions function = Functions.byName(name.text);
    if (function != null) {
      if (current.kind != Token.Kind.LEFT_PAREN) {
        throw new ExpressionException(
            "expected '(' after function '" + name.text + "'", current.position);
      }
      Token open = advance();
      Node argument = expression();
      closeParen(open);
      return check(new Node.Call(function, argument, name.position));
    }
    if (name.text.length() > 1 && current.kind == Token.Kind.LEFT_PAREN) {
      throw new ExpressionException("unknown function '" + name.text + "'", name.position);
    }
    return new Node.Variable(name.text, name.position);
  }

  // A missing ')' is reported at the '(' it should close: that is where the reader must look.
  private void closeParen(Token open) {
    if (current.kind == Token.Kind.RIGHT_PAREN) {
      advance();
    } else if (current.kind == Token.Kind.END) {
      throw new ExpressionException("unclosed '('", open.position);
    } else {
      throw unexpected();
    }
  }

  private Node binary(Operator op, Node left, Node right, int position) {
    return check(new Node.Binary(op, left, right, position));
  }

  private static Node check(Node node) {
    if (node.depth() > MAX_DEPTH) {
      throw new ExpressionException("expression too long", node.position());
    }
    return node;
  }

  private Token advance() {
    Token t = current;
    current = lexer.next();
    return t;
  }

  private ExpressionException unexpected() {
    return new ExpressionException("unexpected " + current.describe(), current.position);
  }
}
