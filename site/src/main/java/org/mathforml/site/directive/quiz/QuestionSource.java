package org.mathforml.site.directive.quiz;

import java.util.ArrayList;
import java.util.List;

/** One question of a quiz body as written, with the body index of every part for errors. */
final class QuestionSource {
  /** A {@code - [x]} or {@code - [ ]} line, its text and its optional {@code > feedback}. */
  static final class ChoiceSource {
    final boolean correct;
    final Fragment label;
    Fragment feedback;

    ChoiceSource(boolean correct, Fragment label) {
      this.correct = correct;
      this.label = label;
    }
  }

  /** A one-line keyword value ({@code answer:}, {@code check:}, ...). */
  static final class Line {
    final String text;
    final int index;

    Line(String text, int index) {
      this.text = text;
      this.index = index;
    }
  }

  /** An {@code order:} item: its correct place (1-based) and its text. */
  static final class Item {
    final int place;
    final Fragment text;

    Item(int place, Fragment text) {
      this.place = place;
      this.text = text;
    }
  }

  final int heading;
  final String title;
  Fragment prompt;
  final List<ChoiceSource> choices = new ArrayList<>();
  Line answer;
  Line choose;
  Line order;
  final List<Item> items = new ArrayList<>();
  final List<Line> checks = new ArrayList<>();
  final List<Fragment> hints = new ArrayList<>();
  Fragment solution;
  Line generator;

  QuestionSource(int heading, String title) {
    this.heading = heading;
    this.title = title;
  }

  /** True once the answer part (choices, answer, order list, generator) has started. */
  boolean answerStarted() {
    return !choices.isEmpty() || answer != null || order != null || generator != null;
  }
}
