package org.mathforml.site.directive.internal;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/** The node for one {@code ::: name} ... {@code :::} block. */
public final class DirectiveBlock extends Block {
  private final String name;
  private final String rest;
  private final int line;
  private final List<String> bodyLines = new ArrayList<>();
  private boolean closed;

  DirectiveBlock(String name, String rest, int line) {
    this.name = name;
    this.rest = rest;
    this.line = line;
  }

  public String name() {
    return name;
  }

  public String rest() {
    return rest;
  }

  /** 1-based line of the opening fence. */
  public int line() {
    return line;
  }

  public List<String> bodyLines() {
    return List.copyOf(bodyLines);
  }

  void addBodyLine(String text) {
    bodyLines.add(text);
  }

  public boolean closed() {
    return closed;
  }

  void close() {
    closed = true;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
