package org.citypeers.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {

    private static final List<WeightedScore.Weighted> PEARLS = List.of(
            new WeightedScore.Weighted(1L, 40), new WeightedScore.Weighted(2L, 30), new WeightedScore.Weighted(3L, 30));

    @Test
    void scores_count_with_their_weight_on_a_scale_of_100() {
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 8.0, 2L, 6.0, 3L, 7.0))).isEqualTo(71.0);
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 10.0, 2L, 10.0, 3L, 10.0))).isEqualTo(100.0);
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 0.0, 2L, 0.0, 3L, 0.0))).isEqualTo(0.0);
    }

    @Test
    void a_heavier_criterion_moves_the_score_more() {
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 10.0, 2L, 0.0, 3L, 0.0))).isEqualTo(40.0);
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 0.0, 2L, 10.0, 3L, 0.0))).isEqualTo(30.0);
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_scaled_and_no_scores_give_no_score() {
        List<WeightedScore.Weighted> half = List.of(new WeightedScore.Weighted(1L, 25), new WeightedScore.Weighted(2L, 25));
        assertThat(WeightedScore.of(half, Map.of(1L, 6.0, 2L, 8.0))).isEqualTo(70.0);
        assertThat(WeightedScore.of(PEARLS, Map.of())).isNull();
        assertThat(WeightedScore.of(PEARLS, Map.of(1L, 7.25, 2L, 7.0, 3L, 8.5))).isEqualTo(75.5);
    }
}
