package org.hotline2110.sla.assessment.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.hotline2110.sla.assessment.ClockFigure;
import org.hotline2110.sla.assessment.DepartmentCounts;
import org.hotline2110.sla.assessment.DepartmentFigures;
import org.hotline2110.sla.assessment.DispatchCentreFigures;
import org.hotline2110.sla.assessment.Period;
import org.hotline2110.sla.assessment.ReferenceNames;
import org.hotline2110.sla.assessment.TicketFigures;

/**
 * The export's tables and their Chinese column headers: the department summary, one row per ticket with every
 * clock, and the four lists. Times are local to Asia/Shanghai, written as text so every format shows the same.
 */
public final class AssessmentTables {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Period.ZONE);

    public static final List<String> SUMMARY = List.of("排名", "标记", "单位编码", "承办单位", "交办件数", "办结件数",
            "办结率(%)", "联系及时率(%)", "反馈及时率(%)", "响应及时率(%)", "办理及时率(%)", "回访件数", "满意件数",
            "满意率(%)", "退单数", "延期数", "挂起数", "重办数", "督办数", "红灯数", "综合得分");

    public static final List<String> DISPATCH_CENTRE = List.of("单位编码", "单位", "进入人工派单件数", "已派出件数",
            "按时派出件数", "超时件数", "派单及时率(%)");

    public static final List<String> TICKETS = columns(List.of("工单编号", "承办单位", "首次交办时间", "诉求类型",
            "问题类别", "企业名称", "统一社会信用代码", "诉求摘要"), clockColumns("联系"), clockColumns("反馈"),
            clockColumns("办结"), List.of("办结轮次"), clockColumns("末轮办结"), List.of("是否办结", "挂起次数",
                    "延期次数", "重办次数", "督办次数", "红灯数", "回访次数", "满意次数", "最近满意度"));

    /** A list: which tickets it holds and what it shows of each. */
    public enum TicketList {
        PROBLEMS("问题清单", TicketFigures::isProblem,
                "late_clocks > 0 OR dissatisfied > 0 OR credit_code_override_reason IS NOT NULL", List.of("问题")),
        SUGGESTIONS("建议清单", TicketFigures::isSuggestion, "demand_type = 'suggestion'", List.of("是否办结")),
        URGED("督办清单", TicketFigures::isUrged, "urged > 0", List.of("督办次数", "督办内容", "是否办结")),
        RESULTS("成果清单", TicketFigures::isResult, "resolved AND resolve_late_count = 0", List.of("办结时间", "满意度"));

        private final String title;
        private final Predicate<TicketFigures> holds;
        private final String candidates;
        private final List<String> headers;

        /** {@code candidates}: the SQL that narrows what is read to a superset of what {@code holds}. */
        TicketList(String title, Predicate<TicketFigures> holds, String candidates, List<String> extra) {
            this.title = title;
            this.holds = holds;
            this.candidates = candidates;
            this.headers = columns(List.of("工单编号", "承办单位", "企业名称", "统一社会信用代码", "问题类别", "诉求摘要"), extra);
        }

        public String title() {
            return title;
        }

        public List<String> headers() {
            return headers;
        }

        public String candidates() {
            return candidates;
        }

        public boolean holds(TicketFigures ticket) {
            return holds.test(ticket);
        }
    }

    private final ReferenceNames names;
    private final Instant asOf;

    public AssessmentTables(ReferenceNames names, Instant asOf) {
        this.names = names;
        this.asOf = asOf;
    }

    public List<Object> summary(DepartmentFigures f) {
        DepartmentCounts c = f.counts();
        return Arrays.asList(f.rank(), f.mark(), f.department(), f.departmentName(), c.assigned(), c.resolved(),
                f.completionRate(), f.contactOnTimeRate(), f.replyOnTimeRate(), f.responseRate(),
                f.resolvedOnTimeRate(), c.rated(), c.satisfied(), f.satisfactionRate(), c.returned(), c.extended(),
                c.suspended(), c.reopened(), c.urged(), c.redAlerts(), f.score());
    }

    public List<Object> dispatchCentre(DispatchCentreFigures f) {
        return Arrays.asList(f.department(), f.departmentName(), f.queued(), f.routed(), f.routedOnTime(), f.late(),
                f.routedOnTimeRate());
    }

    public List<Object> ticket(TicketFigures t) {
        List<Object> row = new ArrayList<>(Arrays.asList(t.ticketNumber(), names.department(t.department()),
                time(t.firstAssignedAt()), names.demandType(t.demandType()), names.topic(t.topic()), t.enterpriseName(),
                t.creditCode(), t.summary()));
        row.addAll(clock(t.contact()));
        row.addAll(clock(t.reply()));
        row.addAll(clock(t.resolve()));
        row.add(t.resolveRounds());
        row.addAll(clock(t.lastResolve()));
        row.addAll(Arrays.asList(yesNo(t.resolved()), t.suspended(), t.extended(), t.reopened(), t.urged(),
                t.lateClocks(), t.rated(), t.satisfied(), satisfaction(t.lastSatisfaction())));
        return row;
    }

    public List<Object> listed(TicketList list, TicketFigures t) {
        List<Object> row = new ArrayList<>(Arrays.asList(t.ticketNumber(), names.department(t.department()),
                t.enterpriseName(), t.creditCode(), names.topic(t.topic()), t.summary()));
        switch (list) {
            case PROBLEMS -> row.add(problems(t));
            case SUGGESTIONS -> row.add(yesNo(t.resolved()));
            case URGED -> row.addAll(Arrays.asList(t.urged(), t.urgingMessages(), yesNo(t.resolved())));
            case RESULTS -> row.addAll(Arrays.asList(time((t.lastResolve() == null ? t.resolve() : t.lastResolve()).met()),
                    satisfaction(t.lastSatisfaction())));
        }
        return row;
    }

    /** What puts a ticket on the problem list, in words. */
    private static String problems(TicketFigures t) {
        List<String> what = new ArrayList<>();
        late(what, t.contact(), "联系超时");
        late(what, t.reply(), "反馈超时");
        if (t.resolveLate() > 0) {
            what.add("办结超时");
        }
        if (t.dissatisfied() > 0) {
            what.add("回访不满意");
        }
        if (t.creditCodeOverrideReason() != null) {
            what.add("信用代码校验未通过（" + t.creditCodeOverrideReason() + "）");
        }
        return String.join("、", what);
    }

    private static void late(List<String> what, ClockFigure clock, String words) {
        if (clock != null && Boolean.FALSE.equals(clock.onTime())) {
            what.add(words);
        }
    }

    private List<Object> clock(ClockFigure clock) {
        if (clock == null || !clock.exists()) {
            return Arrays.asList(null, null, null, null);
        }
        return Arrays.asList(time(clock.started()), time(clock.deadline()), time(clock.met()), clock.minutesLate(asOf));
    }

    private static List<String> clockColumns(String clock) {
        return List.of(clock + "开始", clock + "时限", clock + "完成时间", clock + "超时分钟(负为提前)");
    }

    @SafeVarargs
    private static List<String> columns(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    private static String yesNo(boolean yes) {
        return yes ? "是" : "否";
    }

    private static String satisfaction(String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "SATISFIED" -> "满意";
            case "BASICALLY_SATISFIED" -> "基本满意";
            case "DISSATISFIED" -> "不满意";
            default -> value;
        };
    }
}
