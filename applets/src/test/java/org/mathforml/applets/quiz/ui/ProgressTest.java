package org.mathforml.applets.quiz.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The localStorage format of QUIZ-CONTRACT.md: "attempts=A;best=B;total=T;correct=N1,N2". */
class ProgressTest {

  @Test
  void recordsAttemptsCorrectSetAndBest() {
    Progress p = Progress.empty(8);
    p.record(3, true);
    p.record(5, true);
    p.record(2, false);
    assertEquals("attempts=3;best=2;total=8;correct=3,5", p.format());
    assertEquals("2 of 8 correct", p.score());
    p.record(3, false); // a later wrong answer removes it; the best stays
    assertEquals("attempts=4;best=2;total=8;correct=5", p.format());
    assertEquals("1 of 8 correct", p.score());
  }

  @Test
  void roundTripsAndClipsToTheQuestionsOnThePage() {
    Progress p = Progress.parse("attempts=7;best=3;total=8;correct=1,4,8", 8);
    assertEquals("attempts=7;best=3;total=8;correct=1,4,8", p.format());
    Progress fewer = Progress.parse("attempts=7;best=3;total=8;correct=1,4,8", 4);
    assertTrue(fewer.isCorrect(4));
    assertFalse(fewer.isCorrect(8));
    assertEquals(3, fewer.best());
  }

  @Test
  void garbageStartsAfresh() {
    for (String s :
        new String[] {
          null, "", "x", "attempts=-1", "attempts=abc;correct=a,,0,99", ";;;=", "correct=1,1,2"
        }) {
      Progress p = Progress.parse(s, 3);
      assertTrue(p.attempts() >= 0, s);
      assertTrue(p.best() >= p.correctCount() && p.best() <= 3, s);
    }
    assertEquals(2, Progress.parse("correct=1,1,2", 3).correctCount());
    assertEquals(-1, Progress.number("12345678901"));
    assertEquals(-1, Progress.number("+1"));
    assertEquals(42, Progress.number("42"));
  }

  @Test
  void summaryForProgressSpans() {
    assertNull(Progress.summary(null));
    assertNull(Progress.summary("attempts=0;best=0;total=8;correct="));
    assertEquals(
        "Best 6 of 8, 3 attempts", Progress.summary("attempts=3;best=6;total=8;correct=1"));
    assertEquals("Best 1 of 2, 1 attempt", Progress.summary("attempts=1;best=1;total=2;correct=2"));
    assertNull(Progress.summary("attempts=3;best=6;correct=1"), "no total: nothing to say");
  }
}
