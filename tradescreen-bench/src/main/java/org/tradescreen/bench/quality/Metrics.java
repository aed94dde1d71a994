package org.tradescreen.bench.quality;

/** Counts of a binary decision against labels, and the usual rates. */
final class Metrics {
    int tp;
    int fp;
    int fn;
    int tn;

    void add(boolean predicted, boolean actual) {
        if (predicted && actual) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (actual) {
            fn++;
        } else {
            tn++;
        }
    }

    int total() {
        return tp + fp + fn + tn;
    }

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double falsePositiveRate() {
        return fp + tn == 0 ? 0 : (double) fp / (fp + tn);
    }
}
