package org.mathforml.site.math;

/** Renders one TeX formula to HTML+MathML, exactly as KaTeX does. */
public interface Katex extends AutoCloseable {

  /**
   * @param tex the formula without its delimiters
   * @param display true for display style ({@code $$...$$}), false for inline
   * @return KaTeX's HTML with embedded MathML
   * @throws KatexException when KaTeX rejects the formula
   */
  String render(String tex, boolean display) throws KatexException;

  @Override
  void close();
}
