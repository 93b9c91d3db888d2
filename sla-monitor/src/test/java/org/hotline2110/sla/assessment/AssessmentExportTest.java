package org.hotline2110.sla.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.hotline2110.sla.assessment.AssessmentFixture.Ticket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The 60-ticket fixture of the assessment, through the real broker and the real clocks, against figures worked out
 * by hand. Test policy: CONTACT 2 s, REPLY 3 s, RESOLVE 12 s; period March 2025, so the figures stand at its end
 * (2025-03-31T16:00Z) and every outcome is fixed. Patterns (see {@link AssessmentFixture}): A on time and rated,
 * U on time and unrated, D on time and dissatisfied, L all late, V resolved late, O overdue, N not yet due, S
 * suspended, E extended, R/R2/R3 reopened (second round on time / late / still running), T returned and re-routed,
 * T2 returned and queued, G urged once, G2 urged twice and late.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class AssessmentExportTest {

    private static final String APPROVAL = "approval-bureau";
    private static final String MARKET = "market-regulation";
    private static final String LAND = "natural-resources";
    private static final String HOUSING = "housing-construction";
    private static final String TAX = "tax";
    private static final String HR = "human-resources";
    private static final String ECOLOGY = "ecology-environment";
    private static final String COMMERCE = "commerce";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Period.ZONE);

    /** The summary, by hand. Columns: 排名 标记 单位编码 承办单位 交办 办结 办结率 联系及时率 反馈及时率 响应及时率
     * 办理及时率 回访 满意 满意率 退单 延期 挂起 重办 督办 红灯 综合得分. Score = 30 × response + 35 × resolve + 35 ×
     * satisfaction, each a fraction, rounded half-up to 2 decimals once. */
    private static final List<List<String>> SUMMARY = List.of(
            // approval-bureau: A×4 B U S E G T. Every clock on time (10/10 each); rated 9 (all but U), all satisfied.
            // 30 + 35 + 35 = 100.00. 延期 E, 挂起 S, 督办 G.
            row("1", "三佳", APPROVAL, "行政审批局", "10", "10", "100", "100", "100", "100", "100", "9", "9", "100",
                    "0", "1", "1", "0", "1", "0", "100"),
            // market-regulation: A×5 D V R U U. RESOLVE clocks 11 (R has two rounds), V late: 10/11 = 90.909 -> 90.91.
            // rated 9 (A5 D V R×2), satisfied 7 (A5 V R-round-2): 77.78. 30 + 35×10/11 + 35×7/9 = 89.0404 -> 89.04.
            row("2", "三佳", MARKET, "市场监管局", "10", "10", "100", "100", "100", "100", "90.91", "9", "7", "77.78",
                    "0", "0", "0", "1", "0", "1", "89.04"),
            // housing-construction: A D V S U. RESOLVE 4/5 = 80; rated 4 (A D V S), satisfied 3 (A V S) = 75.
            // 30 + 28 + 26.25 = 84.25. Red: V's RESOLVE.
            row("3", "三佳", HOUSING, "住建局", "5", "5", "100", "100", "100", "100", "80", "4", "3", "75",
                    "0", "0", "1", "0", "0", "1", "84.25"),
            // tax: the same five patterns, the same score: a tie shares rank 3 and the mark.
            row("3", "三佳", TAX, "税务局", "5", "5", "100", "100", "100", "100", "80", "4", "3", "75",
                    "0", "0", "1", "0", "0", "1", "84.25"),
            // natural-resources: A A B L O N U G2 U U. N is judged on nothing. Contact and reply 7/9 (L, O late) =
            // 77.78; RESOLVE 6/9 (L O G2 late) = 66.67; rated 4 (A A B L), all satisfied; resolved 8/10 (not O, N).
            // 30×7/9 + 35×6/9 + 35 = 81.6667 -> 81.67, rank 5 (four higher). Red 3 (L) + 3 (O) + 1 (G2) = 7;
            // urged twice (G2).
            row("5", "", LAND, "自然资源和规划局", "10", "8", "80", "77.78", "77.78", "77.78", "66.67", "4", "4", "100",
                    "0", "0", "0", "0", "2", "7", "81.67"),
            // ecology-environment: O O V R2 E A A U. Contact/reply 6/8 = 75; RESOLVE 5/9 (O O V, R2's second round)
            // = 55.56; rated 6 (V, R2×2, E, A, A), satisfied 5 (R2's first was not) = 83.33; resolved 6/8.
            // 22.5 + 35×5/9 + 35×5/6 = 71.1111 -> 71.11; second from the bottom: 二差. Red 3+3+1+1 = 8.
            row("6", "二差", ECOLOGY, "生态环境局", "8", "6", "75", "75", "75", "75", "55.56", "6", "5", "83.33",
                    "0", "1", "0", "1", "0", "8", "71.11"),
            // human-resources: L L O R3 A D A U. Contact/reply 5/8 = 62.5; RESOLVE 5/9 (L L O, R3's running second
            // round) = 55.56; rated 6 (L L R3 A D A), satisfied 4 (L L A A) = 66.67; resolved 6/8 (not O, R3).
            // 18.75 + 35×5/9 + 35×4/6 = 61.5278 -> 61.53, last: 二差. Red 3+3+3+1 = 10.
            row("7", "二差", HR, "人社局", "8", "6", "75", "62.5", "62.5", "62.5", "55.56", "6", "4", "66.67",
                    "0", "0", "0", "1", "0", "10", "61.53"),
            // commerce: A U N, and the two returns (T, T2) count against it. Three tickets: listed, not ranked.
            // Contact, reply, RESOLVE 2/2; rated 1 satisfied; resolved 2/3 = 66.67; 100.00.
            row("", "", COMMERCE, "商务局", "3", "2", "66.67", "100", "100", "100", "100", "1", "1", "100",
                    "2", "0", "0", "0", "0", "0", "100"));

    private static Built built;

    @Inject
    DataSource dataSource;

    /** The fixture, built once for the class; the lists' expected members are named as each ticket is made. */
    private record Built(List<Ticket> all, int events, Set<String> problems, Set<String> suggestions, Set<String> urged,
            Set<String> results, Ticket late, Ticket suspended, Ticket notDue, Ticket overdue, Ticket rerouted) {
    }

    @BeforeEach
    void fixture() throws Exception {
        if (built == null) {
            built = build();
            awaitConsumed(built);
        }
    }

    private static Built build() {
        List<Ticket> all = new ArrayList<>();
        Lists l = new Lists();
        try (AssessmentFixture f = new AssessmentFixture(new KafkaProbe(DevStackTestResource.kafkaBootstrap()))) {
            // approval-bureau: A×4 (the first a suggestion) B U S E G T
            Ticket suggestion = f.ticket(APPROVAL, "suggestion");
            f.contacted(suggestion, 1);
            f.replied(suggestion, 2);
            f.resolved(suggestion, 10);
            f.feedback(suggestion, 1, "SATISFIED", 3_600);
            all.add(l.suggestion(l.result(suggestion)));
            for (int i = 0; i < 3; i++) {
                all.add(l.result(f.onTime(APPROVAL, "SATISFIED")));
            }
            all.add(l.result(f.onTime(APPROVAL, "BASICALLY_SATISFIED")));
            all.add(f.onTime(APPROVAL, null));
            Ticket suspended = l.result(f.suspended(APPROVAL));
            all.add(suspended);
            all.add(l.result(f.extended(APPROVAL)));
            all.add(l.urged(l.result(f.urgedOnce(APPROVAL))));
            Ticket rerouted = l.result(f.returnedAndRerouted(COMMERCE, APPROVAL));
            all.add(rerouted);
            // market-regulation: A×5 D V R U U
            for (int i = 0; i < 5; i++) {
                all.add(l.result(f.onTime(MARKET, "SATISFIED")));
            }
            all.add(l.problem(f.onTime(MARKET, "DISSATISFIED")));
            all.add(l.problem(f.resolvedLate(MARKET)));
            all.add(l.problem(l.result(f.reopened(MARKET, 5, "SATISFIED"))));
            all.add(f.onTime(MARKET, null));
            all.add(f.onTime(MARKET, null));
            // natural-resources: A A B L O N(suggestion) U G2 U U
            all.add(l.result(f.onTime(LAND, "SATISFIED")));
            all.add(l.result(f.onTime(LAND, "SATISFIED")));
            all.add(l.result(f.onTime(LAND, "BASICALLY_SATISFIED")));
            Ticket late = l.problem(f.allLate(LAND));
            all.add(late);
            Ticket overdue = l.problem(f.overdue(LAND));
            all.add(overdue);
            Ticket notDue = l.suggestion(f.notDue(LAND, "suggestion"));
            all.add(notDue);
            all.add(f.onTime(LAND, null));
            all.add(l.urged(l.problem(f.urgedTwiceLate(LAND))));
            all.add(f.onTime(LAND, null));
            all.add(f.onTime(LAND, null));
            // housing-construction and tax: A D V S U each
            for (String department : List.of(HOUSING, TAX)) {
                all.add(l.result(f.onTime(department, "SATISFIED")));
                all.add(l.problem(f.onTime(department, "DISSATISFIED")));
                all.add(l.problem(f.resolvedLate(department)));
                all.add(l.result(f.suspended(department)));
                all.add(f.onTime(department, null));
            }
            // human-resources: L L O R3 A D A U(suggestion)
            all.add(l.problem(f.allLate(HR)));
            all.add(l.problem(f.allLate(HR)));
            all.add(l.problem(f.overdue(HR)));
            all.add(l.problem(f.reopened(HR, null, null)));
            all.add(l.result(f.onTime(HR, "SATISFIED")));
            all.add(l.problem(f.onTime(HR, "DISSATISFIED")));
            all.add(l.result(f.onTime(HR, "SATISFIED")));
            Ticket hrSuggestion = f.ticket(HR, "suggestion");
            f.contacted(hrSuggestion, 1);
            f.replied(hrSuggestion, 2);
            f.resolved(hrSuggestion, 10);
            all.add(l.suggestion(hrSuggestion));
            // ecology-environment: O O V R2 E A A U
            all.add(l.problem(f.overdue(ECOLOGY)));
            all.add(l.problem(f.overdue(ECOLOGY)));
            all.add(l.problem(f.resolvedLate(ECOLOGY)));
            all.add(l.problem(f.reopened(ECOLOGY, 120, "BASICALLY_SATISFIED")));
            all.add(l.result(f.extended(ECOLOGY)));
            all.add(l.result(f.onTime(ECOLOGY, "SATISFIED")));
            all.add(l.result(f.onTime(ECOLOGY, "SATISFIED")));
            all.add(f.onTime(ECOLOGY, null));
            // commerce: A U N, and T2 (T above was returned by it too)
            all.add(l.result(f.onTime(COMMERCE, "SATISFIED")));
            all.add(f.onTime(COMMERCE, null));
            all.add(f.notDue(COMMERCE, "help"));
            all.add(f.returnedAndQueued(COMMERCE));
            assertThat(all).hasSize(60);
            return new Built(all, f.events(), l.problems, l.suggestions, l.urged, l.results, late, suspended, notDue,
                    overdue, rerouted);
        }
    }

    /** Every event sent lands on its ticket's timeline once consumed; one dead-lettered would keep this waiting. */
    private void awaitConsumed(Built fixture) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> timelineEvents(fixture) == fixture.events());
    }

    private int timelineEvents(Built fixture) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM ticket_event WHERE ticket_id = ANY (?)")) {
            Array ids = connection.createArrayOf("uuid", fixture.all().stream().map(t -> t.id).toArray());
            query.setArray(1, ids);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    @Test
    void theSummaryMatchesTheFiguresWorkedOutByHandInCsvXlsxAndJson() {
        List<List<String>> expected = new ArrayList<>();
        expected.add(headers("排名", "标记", "单位编码", "承办单位", "交办件数", "办结件数", "办结率(%)", "联系及时率(%)",
                "反馈及时率(%)", "响应及时率(%)", "办理及时率(%)", "回访件数", "满意件数", "满意率(%)", "退单数", "延期数",
                "挂起数", "重办数", "督办数", "红灯数", "综合得分"));
        expected.addAll(SUMMARY);

        assertThat(ExportReader.csv(ExportReader.download(AssessmentFixture.FROM, AssessmentFixture.TO, "csv", null)))
                .containsExactlyElementsOf(expected);
        assertThat(xlsx().get("单位汇总")).containsExactlyElementsOf(expected);
        assertThat(json().get("单位汇总")).containsExactlyElementsOf(expected);
    }

    @Test
    void theFourListsHoldTheTicketsNamedByHand() {
        Map<String, List<List<String>>> xlsx = xlsx();
        Map<String, List<List<String>>> json = json();
        Map<String, Set<String>> expected = Map.of("问题清单", built.problems(), "建议清单", built.suggestions(),
                "督办清单", built.urged(), "成果清单", built.results());
        Map<String, String> csvNames = Map.of("问题清单", "problems", "建议清单", "suggestions", "督办清单", "urged",
                "成果清单", "results");
        // 19 problems, 3 suggestions, 2 urged, 28 results: counted in the class comment's patterns
        assertThat(built.problems()).hasSize(19);
        assertThat(built.suggestions()).hasSize(3);
        assertThat(built.urged()).hasSize(2);
        assertThat(built.results()).hasSize(28);
        expected.forEach((list, numbers) -> {
            List<List<String>> csv = ExportReader.csv(ExportReader.download(AssessmentFixture.FROM,
                    AssessmentFixture.TO, "csv", csvNames.get(list)));
            assertThat(numbers(xlsx.get(list))).as(list + " in XLSX").isEqualTo(numbers);
            assertThat(xlsx.get(list)).as(list + ": CSV and XLSX agree").isEqualTo(csv);
            assertThat(json.get(list).subList(1, json.get(list).size())).as(list + ": JSON and XLSX agree")
                    .isEqualTo(csv.subList(1, csv.size()));
        });
        assertThat(cell(xlsx.get("问题清单"), built.late().number, "问题")).isEqualTo("联系超时、反馈超时、办结超时");
        List<String> urgedTwice = xlsx.get("督办清单").stream().filter(r -> r.get(6).equals("2")).findFirst().orElseThrow();
        assertThat(urgedTwice.get(7)).isEqualTo("第一次督办：请尽快办理；第二次督办：已超时");
    }

    @Test
    void everyTicketLedInThePeriodHasARowWithEveryClock() {
        List<List<String>> tickets = xlsx().get("工单明细");
        // 60 tickets less T2, which no department leads
        assertThat(tickets).hasSize(1 + 59);
        assertThat(tickets).isEqualTo(ExportReader.csv(ExportReader.download(AssessmentFixture.FROM,
                AssessmentFixture.TO, "csv", "tickets")));
        List<List<String>> json = json().get("工单明细");
        assertThat(json.subList(1, json.size())).isEqualTo(tickets.subList(1, tickets.size()));

        Ticket late = built.late();
        // contact at 600 s against 2 s: 598 s late, 9 whole minutes; reply 1,197 s: 19; resolve 3,588 s: 59
        assertThat(cell(tickets, late.number, "联系超时分钟(负为提前)")).isEqualTo("9");
        assertThat(cell(tickets, late.number, "反馈超时分钟(负为提前)")).isEqualTo("19");
        assertThat(cell(tickets, late.number, "办结超时分钟(负为提前)")).isEqualTo("59");
        assertThat(cell(tickets, late.number, "联系完成时间")).isEqualTo(LOCAL.format(late.at.plusSeconds(600)));
        assertThat(cell(tickets, late.number, "红灯数")).isEqualTo("3");

        // suspended at 2 s for 3,600 s: REPLY's deadline moved from 3 s to 3,603 s, met right on it
        Ticket suspended = built.suspended();
        assertThat(cell(tickets, suspended.number, "反馈时限")).isEqualTo(LOCAL.format(suspended.at.plusSeconds(3_603)));
        assertThat(cell(tickets, suspended.number, "反馈超时分钟(负为提前)")).isEqualTo("0");
        assertThat(cell(tickets, suspended.number, "挂起次数")).isEqualTo("1");

        // assigned in the period's last second: nothing due, nothing judged, no minutes
        Ticket notDue = built.notDue();
        assertThat(cell(tickets, notDue.number, "联系时限")).isEqualTo(LOCAL.format(notDue.at.plusSeconds(2)));
        assertThat(cell(tickets, notDue.number, "联系超时分钟(负为提前)")).isEmpty();
        assertThat(cell(tickets, notDue.number, "是否办结")).isEqualTo("否");

        // overdue: minutes from the CONTACT deadline to the period's end
        Ticket overdue = built.overdue();
        long overdueMinutes = Duration.between(overdue.at.plusSeconds(2), Instant.parse("2025-03-31T16:00:00Z")).toMinutes();
        assertThat(cell(tickets, overdue.number, "联系超时分钟(负为提前)")).isEqualTo(Long.toString(overdueMinutes));

        // re-routed: counted for its new lead, its clocks those of the second assignment
        Ticket rerouted = built.rerouted();
        assertThat(cell(tickets, rerouted.number, "承办单位")).isEqualTo("行政审批局");
        assertThat(cell(tickets, rerouted.number, "联系开始")).isEqualTo(LOCAL.format(rerouted.at.plusSeconds(300)));
    }

    @Test
    void theSamePeriodExportedAgainGivesTheSameFile() {
        byte[] first = ExportReader.download(AssessmentFixture.FROM, AssessmentFixture.TO, "json", null);
        byte[] second = ExportReader.download(AssessmentFixture.FROM, AssessmentFixture.TO, "json", null);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDepartmentSeesItsOwnLineOnlyAndOnlySupervisorsAndAdminsExport() {
        String query = "?from=" + AssessmentFixture.FROM + "&to=" + AssessmentFixture.TO;
        List<String> departments = given().header("Authorization", "Bearer " + DevStackTestResource.token("department", TAX))
                .when().get("/api/v1/assessments" + query).then().statusCode(200)
                .extract().jsonPath().getList("departments.department");
        assertThat(departments).containsExactly(TAX);
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", TAX))
                .when().get("/api/v1/assessments/export" + query + "&format=csv").then().statusCode(403);
        for (String role : List.of("operator", "dispatcher")) {
            given().header("Authorization", "Bearer " + DevStackTestResource.token(role))
                    .when().get("/api/v1/assessments" + query).then().statusCode(403);
            given().header("Authorization", "Bearer " + DevStackTestResource.token(role))
                    .when().get("/api/v1/assessments/export" + query + "&format=csv").then().statusCode(403);
        }
        given().when().get("/api/v1/assessments/export" + query + "&format=csv").then().statusCode(401);
        given().header("Authorization", "Bearer " + DevStackTestResource.token("admin"))
                .when().get("/api/v1/assessments/export" + query + "&format=xlsx").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''%E5%B9%B4%E5%BA%95%E7%BB%BC%E5%90%88%E8%80%83%E6%A0%B8_2025-03-01_2025-03-31.xlsx"));
        assertThat(given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get("/api/v1/assessments" + query).then().statusCode(200)
                .extract().jsonPath().getList("departments.score").stream().map(s -> ExportReader.norm(s.toString())))
                .containsExactly("100", "89.04", "84.25", "84.25", "81.67", "71.11", "61.53", "100");
    }

    @Test
    void badPeriodsAndFormatsAreRefusedField_by_field() {
        String supervisor = "Bearer " + DevStackTestResource.token("supervisor");
        given().header("Authorization", supervisor).when().get("/api/v1/assessments?from=2025-03-31&to=2025-03-01")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        given().header("Authorization", supervisor).when().get("/api/v1/assessments?from=2025-13-01&to=2025-12-31")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().header("Authorization", supervisor).when().get("/api/v1/assessments?to=2025-12-31")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("from"));
        given().header("Authorization", supervisor)
                .when().get("/api/v1/assessments/export?from=2025-01-01&to=2025-12-31&format=pdf")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
        given().header("Authorization", supervisor)
                .when().get("/api/v1/assessments/export?from=2025-01-01&to=2025-12-31&format=csv&table=everything")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("table"));
    }

    @Test
    void aTicketReportShowsEachDepartmentItsOwnPartOnly() {
        Ticket rerouted = built.rerouted();
        String path = "/api/v1/tickets/" + rerouted.id + "/report";
        var whole = given().header("Authorization", "Bearer " + DevStackTestResource.token("supervisor"))
                .when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(whole.getList("timeline.type", String.class)).containsExactly("TICKET_RECEIVED", "TICKET_ASSIGNED",
                "TICKET_RETURNED", "TICKET_ASSIGNED", "TICKET_CONTACTED", "TICKET_REPLIED", "TICKET_RESOLVED",
                "TICKET_FEEDBACK_RECORDED");
        assertThat(whole.getList("clocks.state", String.class)).containsExactly("CANCELLED", "CANCELLED", "CANCELLED",
                "MET", "MET", "MET");

        // the new lead: its own assignment, not what the department before it did
        var lead = given().header("Authorization", "Bearer " + DevStackTestResource.token("department", APPROVAL))
                .when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(lead.getList("timeline.type", String.class)).containsExactly("TICKET_RECEIVED", "TICKET_ASSIGNED",
                "TICKET_CONTACTED", "TICKET_REPLIED", "TICKET_RESOLVED", "TICKET_FEEDBACK_RECORDED");
        assertThat(lead.getString("leadDepartment")).isEqualTo(APPROVAL);
        assertThat(lead.getList("clocks.state", String.class)).containsExactly("MET", "MET", "MET");

        // the department that returned it sees its own part, to contest the return, and nothing the new lead did
        var returned = given().header("Authorization", "Bearer " + DevStackTestResource.token("department", COMMERCE))
                .when().get(path).then().statusCode(200).extract().jsonPath();
        assertThat(returned.getList("timeline.type", String.class)).containsExactly("TICKET_RECEIVED",
                "TICKET_ASSIGNED", "TICKET_RETURNED");
        assertThat(returned.getList("clocks.state", String.class)).containsExactly("CANCELLED", "CANCELLED",
                "CANCELLED");
        assertThat(returned.getList("timeline.department", String.class)).doesNotContain(APPROVAL);
        assertThat(returned.getString("leadDepartment")).as("who leads it now").isNull();
        given().header("Authorization", "Bearer " + DevStackTestResource.token("department", HR))
                .when().get(path).then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + DevStackTestResource.token("operator"))
                .when().get(path).then().statusCode(403);
    }

    private static Map<String, List<List<String>>> xlsx() {
        return ExportReader.xlsx(ExportReader.download(AssessmentFixture.FROM, AssessmentFixture.TO, "xlsx", null));
    }

    private static Map<String, List<List<String>>> json() {
        return ExportReader.json(ExportReader.download(AssessmentFixture.FROM, AssessmentFixture.TO, "json", null));
    }

    private static Set<String> numbers(List<List<String>> table) {
        return table.stream().skip(1).map(r -> r.get(0)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String cell(List<List<String>> table, String ticketNumber, String header) {
        int column = table.get(0).indexOf(header);
        assertThat(column).as("column " + header).isNotNegative();
        return table.stream().filter(r -> r.get(0).equals(ticketNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + ticketNumber)).get(column);
    }

    private static List<String> headers(String... names) {
        return List.of(names);
    }

    /** Collects the expected members of the four lists, named by hand as the fixture is built. */
    private static final class Lists {
        final Set<String> problems = new java.util.TreeSet<>();
        final Set<String> suggestions = new java.util.TreeSet<>();
        final Set<String> urged = new java.util.TreeSet<>();
        final Set<String> results = new java.util.TreeSet<>();

        Ticket problem(Ticket t) {
            problems.add(t.number);
            return t;
        }

        Ticket suggestion(Ticket t) {
            suggestions.add(t.number);
            return t;
        }

        Ticket urged(Ticket t) {
            urged.add(t.number);
            return t;
        }

        Ticket result(Ticket t) {
            results.add(t.number);
            return t;
        }
    }

    private static List<String> row(String... cells) {
        return Arrays.stream(cells).map(ExportReader::norm).toList();
    }
}
