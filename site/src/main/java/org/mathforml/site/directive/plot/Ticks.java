package org.mathforml.site.directive.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions on one axis at a "nice" step m * 10^k with m in {1, 2, 5}: the smallest such step
 * whose ticks are at least a given number of pixels apart (Heckbert, "Nice numbers for graph
 * labels", Graphics Gems, 1990, with a pixel gap in place of a tick count).
 *
 * <p>Values and labels are computed in {@link BigDecimal} so that a tick never prints as
 * 0.30000000000000004 and the labels are the same on every machine and in every locale.
 */
final class Ticks {

  private static final int[] MANTISSAS = {1, 2, 5};

  private final double min;
  private final double max;
  private final int mantissaIndex;
  private final int exponent;
  private final List<Double> values = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();

  private Ticks(double min, double max, int mantissaIndex, int exponent) {
    this.min = min;
    this.max = max;
    this.mantissaIndex = mantissaIndex;
    this.exponent = exponent;
    BigDecimal step = BigDecimal.valueOf(MANTISSAS[mantissaIndex]).scaleByPowerOfTen(exponent);
    double s = step.doubleValue();
    long first = (long) Math.ceil(min / s - 1e-9);
    long last = (long) Math.floor(max / s + 1e-9);
    for (long k = first; k <= last; k++) {
      BigDecimal value = step.multiply(BigDecimal.valueOf(k));
      values.add(value.doubleValue());
      labels.add(
          value.signum() == 0 ? "0" : SvgText.minus(value.stripTrailingZeros().toPlainString()));
    }
  }

  /**
   * Returns the ticks in [min, max] at the smallest nice step that is at least {@code minGapPx}
   * pixels wide at {@code pxPerUnit} pixels per unit.
   */
  static Ticks choose(double min, double max, double pxPerUnit, double minGapPx) {
    double minStep = minGapPx / pxPerUnit;
    int exponent = (int) Math.floor(Math.log10(minStep)) - 1;
    int index = 0;
    while (MANTISSAS[index] * Math.pow(10, exponent) < minStep * (1 - 1e-9)) {
      index++;
      if (index == MANTISSAS.length) {
        index = 0;
        exponent++;
      }
    }
    return new Ticks(min, max, index, exponent);
  }

  /** Returns the next coarser nice step over the same range (1 -> 2 -> 5 -> 10). */
  Ticks coarser() {
    return mantissaIndex + 1 < MANTISSAS.length
        ? new Ticks(min, max, mantissaIndex + 1, exponent)
        : new Ticks(min, max, 0, exponent + 1);
  }

  /** Returns the step between ticks. */
  double step() {
    return MANTISSAS[mantissaIndex] * Math.pow(10, exponent);
  }

  List<Double> values() {
    return values;
  }

  List<String> labels() {
    return labels;
  }

  /** Returns the estimated width in pixels of the widest label at the given font size. */
  double widestLabel(double fontSize) {
    double widest = 0;
    for (String label : labels) {
      widest = Math.max(widest, SvgText.estimateWidth(label, fontSize));
    }
    return widest;
  }
}
