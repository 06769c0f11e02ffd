package org.mathforml.applets.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberSyntaxTest {

  @Test
  void parsesExactFractions() {
    assertArrayEquals(new long[] {5, 1}, NumberSyntax.parseFraction("5"));
    assertArrayEquals(new long[] {-3, 4}, NumberSyntax.parseFraction("-3/4"));
    assertArrayEquals(new long[] {75, 100}, NumberSyntax.parseFraction("0.75"));
    assertArrayEquals(new long[] {-5, 10}, NumberSyntax.parseFraction("-.5"));
    assertArrayEquals(new long[] {7, 1}, NumberSyntax.parseFraction(" +7 "));
    assertNull(NumberSyntax.parseFraction("1/0"));
    assertNull(NumberSyntax.parseFraction("."));
    assertNull(NumberSyntax.parseFraction(null));
  }

  @Test
  void numbersAndIntegers() {
    assertEquals(-0.75, NumberSyntax.parseNumber("-3/4"));
    assertEquals(12.0, NumberSyntax.parseInteger("12"));
    assertTrue(Double.isNaN(NumberSyntax.parseInteger("1.0")));
    assertTrue(Double.isNaN(NumberSyntax.parseNumber("NaN")));
    assertTrue(Double.isNaN(NumberSyntax.parseNumber("Infinity")));
  }

  @Test
  void formatsBounds() {
    assertEquals("-1000", NumberSyntax.format(-1000));
    assertEquals("0.5", NumberSyntax.format(0.5));
    assertEquals("-0.125", NumberSyntax.format(-0.125));
    assertEquals("0", NumberSyntax.format(-1e-9));
  }
}
