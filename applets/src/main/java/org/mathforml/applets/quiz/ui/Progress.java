package org.mathforml.applets.quiz.ui;

/**
 * The saved progress of one quiz, stored in localStorage under {@code "mathforml.quiz." + id} as
 * plain text: {@code attempts=A;best=B;total=T;correct=N1,N2,...}. Attempts counts every readable
 * Check; the correct set holds the questions (by number, 1..T) whose last readable answer was
 * right; best is the largest size the correct set has had. Plain Java (no DOM), so it is tested on
 * the JVM. Parsing is lenient: unknown fields and garbage are ignored, so a damaged value starts
 * afresh rather than breaking the page.
 */
final class Progress {

  static final String PREFIX = "mathforml.quiz.";

  private final int total;
  private final boolean[] correct; // index = question number
  private int attempts;
  private int best;

  private Progress(int total) {
    this.total = total;
    this.correct = new boolean[total + 1];
  }

  /** No progress yet for a quiz of {@code total} questions. */
  static Progress empty(int total) {
    return new Progress(Math.max(0, total));
  }

  /** Reads stored text (null for none) for a quiz that has {@code total} questions on the page. */
  static Progress parse(String text, int total) {
    Progress p = empty(total);
    if (text == null) {
      return p;
    }
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = text.length();
      }
      String field = text.substring(start, end);
      int eq = field.indexOf('=');
      if (eq > 0) {
        p.read(field.substring(0, eq), field.substring(eq + 1));
      }
      start = end + 1;
    }
    p.best = Math.min(Math.max(p.best, p.correctCount()), p.total);
    return p;
  }

  private void read(String name, String value) {
    if (name.equals("attempts")) {
      attempts = Math.max(0, number(value));
    } else if (name.equals("best")) {
      best = Math.max(0, number(value));
    } else if (name.equals("correct")) {
      int start = 0;
      while (start < value.length()) {
        int end = value.indexOf(',', start);
        if (end < 0) {
          end = value.length();
        }
        int n = number(value.substring(start, end));
        if (n >= 1 && n <= total) {
          correct[n] = true;
        }
        start = end + 1;
      }
    }
  }

  /** A non-negative decimal integer of at most 9 digits, else -1. */
  static int number(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** Records a readable Check of question {@code n}. */
  void record(int n, boolean right) {
    attempts++;
    if (n >= 1 && n <= total) {
      correct[n] = right;
    }
    best = Math.max(best, correctCount());
  }

  int attempts() {
    return attempts;
  }

  int best() {
    return best;
  }

  int total() {
    return total;
  }

  boolean isCorrect(int n) {
    return n >= 1 && n <= total && correct[n];
  }

  int correctCount() {
    int c = 0;
    for (int n = 1; n <= total; n++) {
      c += correct[n] ? 1 : 0;
    }
    return c;
  }

  /** The stored form. */
  String format() {
    StringBuilder sb = new StringBuilder();
    sb.append("attempts=").append(attempts).append(";best=").append(best);
    sb.append(";total=").append(total).append(";correct=");
    boolean first = true;
    for (int n = 1; n <= total; n++) {
      if (correct[n]) {
        sb.append(first ? "" : ",").append(n);
        first = false;
      }
    }
    return sb.toString();
  }

  /** "3 of 8 correct" for the quiz's score line. */
  String score() {
    return correctCount() + " of " + total + " correct";
  }

  /**
   * "Best 6 of 8, 3 attempts" for a progress span, from stored text alone (the span may sit on a
   * page without the quiz, so the total comes from the text); null when nothing was attempted.
   */
  static String summary(String stored) {
    if (stored == null) {
      return null;
    }
    int total = 0;
    int start = stored.indexOf("total=");
    if (start >= 0) {
      int end = stored.indexOf(';', start);
      total = number(stored.substring(start + 6, end < 0 ? stored.length() : end));
    }
    Progress p = parse(stored, Math.max(0, total));
    if (p.attempts == 0 || total <= 0) {
      return null;
    }
    return "Best "
        + p.best
        + " of "
        + total
        + ", "
        + p.attempts
        + (p.attempts == 1 ? " attempt" : " attempts");
  }
}
