package no.samspill.service.analytics;

import java.util.List;

/**
 * A 95 % interval around a figure, and the number of observations it rests on: a share's by Wilson's score method
 * (good also for small counts and shares near 0 or 1), a median's by order statistics (no assumption about the
 * distribution of times). Two figures whose intervals overlap show no clear difference.
 */
public record Interval(double low, double high, long observations) {

    /** z for a two-sided 95 % interval. */
    static final double Z = 1.959963984540054;

    /** Wilson's score interval for {@code part} of {@code whole}; absent when there is no observation. */
    static Interval share(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        double n = whole;
        double p = part / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double halfWidth = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return within(centre, halfWidth, whole);
    }

    /**
     * The normal 95 % interval around a share estimated with this variance (standardised shares, the what-if), cut
     * to 0-1.
     */
    static Interval normal(double share, double variance, long observations) {
        return within(share, Z * Math.sqrt(variance), observations);
    }

    /**
     * The Agresti-Coull adjusted share (x+2)/(n+4), from which a variance is taken so that a group of one, or one
     * where all or none counted, still carries its uncertainty.
     */
    static double adjustedShare(long part, long whole) {
        return (part + 2.0) / (whole + 4.0);
    }

    private static Interval within(double centre, double halfWidth, long observations) {
        return new Interval(Measures.round(Math.max(0, centre - halfWidth)),
                Measures.round(Math.min(1, centre + halfWidth)), observations);
    }

    /**
     * The median's interval between two order statistics x(l) and x(n+1-l), with l the largest rank for which
     * P(B &lt; l) &le; 2.5 % where B ~ Binomial(n, ½) (exact up to 1,000 values, the normal approximation above).
     * Absent below six values, where no pair of order statistics reaches 95 %.
     */
    static Interval median(List<Double> sortedValues) {
        int n = sortedValues.size();
        int lower = lowerRank(n);
        if (lower < 1) {
            return null;
        }
        return new Interval(Measures.round(sortedValues.get(lower - 1)), Measures.round(sortedValues.get(n - lower)),
                n);
    }

    static int lowerRank(int n) {
        if (n > 1000) {
            return (int) Math.floor(n / 2.0 - Z * Math.sqrt(n) / 2.0);
        }
        double probability = Math.pow(0.5, n); // P(B = 0)
        double below = 0; // P(B < l)
        int l = 0;
        while (below + probability <= 0.025) {
            below += probability;
            probability = probability * (n - l) / (l + 1);
            l++;
        }
        return l;
    }

    /** Whether the two intervals share any value: then the figures show no clear difference. */
    public boolean overlaps(Interval other) {
        return other != null && low <= other.high && other.low <= high;
    }
}
