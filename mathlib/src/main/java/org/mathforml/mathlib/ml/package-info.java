/**
 * Small machine-learning models for the course, each trained by a method the lessons derive: {@link
 * org.mathforml.mathlib.ml.LinearRegression} (normal equations and gradient descent), {@link
 * org.mathforml.mathlib.ml.Perceptron} (regression and logistic classification), {@link
 * org.mathforml.mathlib.ml.TwoLayerNetwork} (backpropagation), {@link
 * org.mathforml.mathlib.ml.GaussianNaiveBayes} and {@link
 * org.mathforml.mathlib.ml.CategoricalNaiveBayes}. Data are double[][] with one row per example;
 * class labels are ints. Training is deterministic (seeded initialisation).
 */
package org.mathforml.mathlib.ml;
