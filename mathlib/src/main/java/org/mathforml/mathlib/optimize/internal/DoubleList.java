package org.mathforml.mathlib.optimize.internal;

import java.util.Arrays;

/** A growable list of primitive doubles, so trajectories do not box every value. */
public final class DoubleList {

  private double[] data = new double[16];
  private int size;

  /** Appends v. */
  public void add(double v) {
    if (size == data.length) {
      data = Arrays.copyOf(data, 2 * size);
    }
    data[size++] = v;
  }

  /** Returns the i-th value. */
  public double get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("index " + i + " of " + size);
    }
    return data[i];
  }

  /** Returns the last value. */
  public double last() {
    return get(size - 1);
  }

  /** Number of values. */
  public int size() {
    return size;
  }

  /** Returns a copy of the values. */
  public double[] toArray() {
    return Arrays.copyOf(data, size);
  }
}
