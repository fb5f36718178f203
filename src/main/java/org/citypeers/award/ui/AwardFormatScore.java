package org.citypeers.award.ui;

import java.util.Locale;

/** Scores with one decimal at most (72.5, 60). */
final class AwardFormatScore {

    private AwardFormatScore() {}

    static String of(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(Locale.ROOT, "%.1f", score);
    }
}
