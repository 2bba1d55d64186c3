package fr.arretiste.eval;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** True positives, false positives and false negatives summed over rulings, and their F1 as score.py defines it. */
final class MatchCounts {
    private int tp;
    private int fp;
    private int fn;

    void add(int truePositives, int falsePositives, int falseNegatives) {
        tp += truePositives;
        fp += falsePositives;
        fn += falseNegatives;
    }

    /** Multiset matching (Python's Counter intersection): each expected value is found at most as often as predicted. */
    void addMultisets(Collection<?> predicted, Collection<?> expected) {
        Map<Object, Integer> left = new HashMap<>();
        predicted.forEach(p -> left.merge(p, 1, Integer::sum));
        int found = 0;
        for (Object e : expected) {
            if (left.getOrDefault(e, 0) > 0) {
                left.merge(e, -1, Integer::sum);
                found++;
            }
        }
        add(found, predicted.size() - found, expected.size() - found);
    }

    /** Nothing predicted and nothing expected is a perfect score; nothing predicted but something expected is 0. */
    double f1() {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : fn == 0 ? 1.0 : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 1.0;
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
}
