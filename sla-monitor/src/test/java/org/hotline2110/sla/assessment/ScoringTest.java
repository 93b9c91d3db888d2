package org.hotline2110.sla.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The score, the rank and the marks, from counts worked by hand. Weights 30/35/35, minimum 5 tickets. */
class ScoringTest {

    private static final AssessmentConfig CONFIG = new AssessmentConfig() {
        @Override
        public Weights weights() {
            return new Weights() {
                @Override
                public int response() {
                    return 30;
                }

                @Override
                public int resolvedOnTime() {
                    return 35;
                }

                @Override
                public int satisfaction() {
                    return 35;
                }
            };
        }

        @Override
        public int minimumTickets() {
            return 5;
        }

        @Override
        public Concurrency concurrency() {
            throw new UnsupportedOperationException("scoring runs no query");
        }
    };

    /** {@code assigned} tickets, every clock judged; on time: contact, reply, resolve; rated and satisfied. */
    private static DepartmentCounts counts(String department, int assigned, int contact, int reply, int resolve,
            int rated, int satisfied) {
        return new DepartmentCounts(department, assigned, assigned, assigned, contact, assigned, reply, assigned,
                resolve, rated, satisfied, 0, 0, 0, 0, 0, 0);
    }

    private static List<DepartmentFigures> score(DepartmentCounts... counts) {
        return Scoring.score(List.of(counts), CONFIG, Function.identity());
    }

    @Test
    void theScoreIsExactUntilRoundedHalfUpOnce() {
        // 30 × 1 + 35 × 7/8 + 35 × 5/7 = 30 + 30.625 + 25 = 85.625 -> 85.63
        DepartmentFigures f = score(counts("a", 8, 8, 8, 7, 7, 5)).get(0);
        assertThat(f.score()).isEqualTo(new BigDecimal("85.63"));
        assertThat(f.resolvedOnTimeRate()).isEqualTo(new BigDecimal("87.50"));
        assertThat(f.satisfactionRate()).isEqualTo(new BigDecimal("71.43"));
    }

    @Test
    void aDepartmentWithoutCallBacksIsScoredOnTheOtherPartsAlone() {
        // response 1, resolve 1/2, satisfaction none: (30 × 1 + 35 × 0.5) / 65 × 100 = 73.0769 -> 73.08
        DepartmentFigures f = score(counts("a", 2, 2, 2, 1, 0, 0)).get(0);
        assertThat(f.satisfactionRate()).isNull();
        assertThat(f.score()).isEqualTo(new BigDecimal("73.08"));
    }

    @Test
    void equalScoresShareARankAndTheMarksFollowIt() {
        List<DepartmentFigures> ranked = score(
                counts("a", 5, 5, 5, 5, 5, 5),      // 100
                counts("b", 5, 5, 5, 4, 5, 5),      // 93
                counts("c", 5, 5, 5, 4, 5, 5),      // 93, shares rank 2
                counts("d", 5, 5, 5, 3, 5, 5),      // 86, rank 4
                counts("e", 5, 5, 5, 2, 5, 5),      // 79, rank 5: second from the bottom
                counts("f", 5, 5, 5, 1, 5, 5),      // 72, rank 6: last
                counts("g", 4, 4, 4, 4, 4, 4));     // 100 on four tickets: listed, not ranked
        assertThat(ranked).extracting(DepartmentFigures::department).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(ranked).extracting(DepartmentFigures::rank).containsExactly(1, 2, 2, 4, 5, 6, null);
        assertThat(ranked).extracting(DepartmentFigures::mark)
                .containsExactly("三佳", "三佳", "三佳", null, "二差", "二差", null);
    }

    @Test
    void withFewDepartmentsNoneIsMarkedBothBestAndWorst() {
        List<DepartmentFigures> ranked = score(counts("a", 5, 5, 5, 5, 5, 5), counts("b", 5, 5, 5, 4, 5, 5),
                counts("c", 5, 5, 5, 3, 5, 5), counts("d", 5, 5, 5, 2, 5, 5));
        assertThat(ranked).extracting(DepartmentFigures::mark).containsExactly("三佳", "三佳", "三佳", "二差");
    }
}
