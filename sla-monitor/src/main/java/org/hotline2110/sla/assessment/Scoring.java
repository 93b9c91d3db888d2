package org.hotline2110.sla.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Rates, score, rank and marks from what was counted (domain.md "Assessment"):
 * <ul>
 * <li>a rate is exact until shown: percentages and the score are rounded half-up to two decimals once, at the end;</li>
 * <li>response = mean of contact and reply on time (either alone when only one could be judged);</li>
 * <li>score = (w_response × response + w_resolve × resolved on time + w_satisfaction × satisfaction) / Σw × 100,
 *     Σw over the parts that exist: a department without a call-back yet is scored on the other parts, neither
 *     punished nor rewarded for it;</li>
 * <li>fewer than the minimum tickets: listed, not ranked; rank by the shown score, equal scores share a rank
 *     (1, 2, 2, 4); 三佳: rank 1 to 3; 二差: no more than one ranked department below it, and not 三佳.</li>
 * </ul>
 */
public final class Scoring {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    public static List<DepartmentFigures> score(List<DepartmentCounts> counts, AssessmentConfig config,
            Function<String, String> names) {
        List<DepartmentFigures> unranked = counts.stream().map(c -> figures(c, config, names)).toList();
        List<BigDecimal> ranked = unranked.stream().filter(f -> ranks(f, config)).map(DepartmentFigures::score).toList();
        List<DepartmentFigures> result = new ArrayList<>();
        for (DepartmentFigures f : unranked) {
            if (!ranks(f, config)) {
                result.add(f);
                continue;
            }
            int rank = 1 + (int) ranked.stream().filter(s -> s.compareTo(f.score()) > 0).count();
            int fromBottom = 1 + (int) ranked.stream().filter(s -> s.compareTo(f.score()) < 0).count();
            String mark = rank <= 3 ? DepartmentFigures.BEST : fromBottom <= 2 ? DepartmentFigures.WORST : null;
            result.add(new DepartmentFigures(f.department(), f.departmentName(), f.counts(), f.contactOnTimeRate(),
                    f.replyOnTimeRate(), f.responseRate(), f.resolvedOnTimeRate(), f.completionRate(),
                    f.satisfactionRate(), f.score(), rank, mark));
        }
        result.sort(Comparator.comparing((DepartmentFigures f) -> f.rank() == null ? Integer.MAX_VALUE : f.rank())
                .thenComparing(DepartmentFigures::department));
        return result;
    }

    private static boolean ranks(DepartmentFigures f, AssessmentConfig config) {
        return f.counts().assigned() >= config.minimumTickets() && f.score() != null;
    }

    static DepartmentFigures figures(DepartmentCounts c, AssessmentConfig config, Function<String, String> names) {
        BigDecimal contact = ratio(c.contactOnTime(), c.contactJudged());
        BigDecimal reply = ratio(c.replyOnTime(), c.replyJudged());
        BigDecimal response = contact == null ? reply
                : reply == null ? contact : contact.add(reply).divide(BigDecimal.valueOf(2), EXACT);
        BigDecimal resolve = ratio(c.resolveOnTime(), c.resolveJudged());
        BigDecimal satisfaction = ratio(c.satisfied(), c.rated());
        AssessmentConfig.Weights w = config.weights();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Part part : List.of(new Part(response, w.response()), new Part(resolve, w.resolvedOnTime()),
                new Part(satisfaction, w.satisfaction()))) {
            if (part.rate() != null) {
                BigDecimal weight = BigDecimal.valueOf(part.weight());
                weighted = weighted.add(weight.multiply(part.rate(), EXACT));
                weights = weights.add(weight);
            }
        }
        BigDecimal score = weights.signum() == 0 ? null : shown(weighted.divide(weights, EXACT));
        return new DepartmentFigures(c.department(), names.apply(c.department()), c, shown(contact), shown(reply),
                shown(response), shown(resolve), shown(ratio(c.resolved(), c.assigned())), shown(satisfaction), score,
                null, null);
    }

    private record Part(BigDecimal rate, int weight) {
    }

    /** {@code part} of {@code whole} as the percentage people read; null when the whole is nothing. */
    static BigDecimal percent(int part, int whole) {
        return shown(ratio(part, whole));
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), EXACT);
    }

    /** A fraction as the percentage people read: two decimals, half-up. */
    private static BigDecimal shown(BigDecimal fraction) {
        return fraction == null ? null : fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }
}
