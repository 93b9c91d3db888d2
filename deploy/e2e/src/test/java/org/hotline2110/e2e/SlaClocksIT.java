package org.hotline2110.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionTimeoutException;
import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStack;
import org.hotline2110.devstack.ServiceProcess;
import org.hotline2110.devstack.ServiceSpec;
import org.hotline2110.devstack.postgres.Database;
import org.hotline2110.devstack.support.FileTrees;
import org.hotline2110.devstack.testing.KafkaProbe;
import org.hotline2110.devstack.support.FreePorts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The SLA clocks at scale, against the real broker and database: 2,000 tickets assigned straight onto the lifecycle
 * topic while two sla-monitor instances share one database and one consumer group, one of them killed -9 during the
 * burst and restarted. Half of the tickets are contacted, replied to and resolved right after assignment (met in
 * time: no alert at all); the other half get nothing (all three clocks go red). From the alert topic, counting each
 * alertId once (a relay may publish the same event again): exactly one RED per overdue clock, none for met tickets,
 * 3 x 1,000 in all, whatever the crash and the second instance did. From the REST API of both instances: every ticket
 * has its three clocks, MET or RED as expected. From sla-monitor's inbox and dead-letter topic: every event applied
 * once, none rejected.
 *
 * <p>The policy is of seconds, but not of very few: on two cores, the two instances (cold JVMs, one of them
 * restarting) take 30-35 s to apply a burst of 5,000 events sent in 8 s, and a clock whose stop event is still queued
 * at its warning instant turns yellow, then red, although the work was done in time. The shortest warning (75% of
 * CONTACT, 45 s) leaves that lag a margin; the test prints the longest lag it saw.
 *
 * <p>Test-only settings, passed to the instances as JVM system properties through {@code JAVA_TOOL_OPTIONS}: a
 * consumer group of this run's own, started at the topic's end (a reused broker may carry other runs' history, and
 * other sla-monitor instances consuming as "sla-monitor"); and a Kafka session timeout of 6 s instead of 45 s, so the
 * killed member's partitions move within seconds. All instances run a private copy of sla-monitor's build, so a
 * rebuild of the module while the test runs cannot break the restart.
 */
class SlaClocksIT {

    private static final int TICKETS = 2_000;
    /** Tickets go out in waves, so the burst lasts long enough for a kill and a restart to happen inside it. */
    private static final int WAVE = 100;
    private static final Duration WAVE_EVERY = Duration.ofMillis(400);
    /** kill -9 after this many waves: 600 tickets sent, 1,400 to come. */
    private static final int KILL_AFTER_WAVES = 6;

    private static final Duration CONTACT = Duration.ofSeconds(60);
    private static final Duration REPLY = Duration.ofSeconds(62);
    private static final Duration RESOLVE = Duration.ofSeconds(64);
    private static final double WARNING_RATIO = 0.75;
    private static final Map<String, Duration> LENGTH = Map.of("CONTACT", CONTACT, "REPLY", REPLY, "RESOLVE", RESOLVE);
    private static final Set<String> CLOCKS = LENGTH.keySet();
    private static final String POLICY = """
            {"calendar":"default","warningRatio":%s,"clocks":{
              "CONTACT":{"elapsed":"%s","pauses":false},
              "REPLY":{"elapsed":"%s","pauses":true},
              "RESOLVE":{"elapsed":"%s","pauses":true},
              "DISPATCH":{"elapsed":"%s","pauses":false}}}""".formatted(WARNING_RATIO, CONTACT, REPLY, RESOLVE, CONTACT);

    private static final String DEPARTMENT = "approval-bureau";
    private static final Duration READY = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Instant STARTED = Instant.now();
    private static Path repo;
    private static Path dir;
    private static DevStack stack;
    private static KafkaProbe kafka;
    private static Database db;
    private static String group;
    private static final List<Map<String, String>> ENVIRONMENTS = new ArrayList<>();
    private static final List<ServiceProcess> MONITORS = new ArrayList<>();

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("hotline2110-sla-clocks-");
        repo = privateCopyOfTheBuild(Path.of(System.getProperty("hotline.repo", "../..")).toAbsolutePath().normalize(),
                dir.resolve("build"));
        stack = DevStack.start(dir.resolve("stack"));
        kafka = new KafkaProbe(stack.kafkaBootstrap());
        db = stack.database("sla_clocks_e2e", ServiceSpec.SLA_MONITOR.user(), ServiceSpec.SLA_MONITOR.password(),
                true);
        Path policy = Files.writeString(dir.resolve("sla-policy-seconds.json"), POLICY);
        group = "sla-clocks-e2e-" + UUID.randomUUID();
        kafka.startGroupAtEnd(group, Topics.TICKET_LIFECYCLE);
        // One consumer per instance (the services run one per partition): two instances then split the three
        // partitions 2+1, so killing one always takes partitions away mid-burst.
        String jvm = String.join(" ",
                "-Dmp.messaging.incoming.ticket-lifecycle-in.concurrency=1",
                "-Dmp.messaging.incoming.ticket-lifecycle-in.group.id=" + group,
                "-Dmp.messaging.incoming.ticket-lifecycle-in.session.timeout.ms=6000",
                "-Dmp.messaging.incoming.ticket-lifecycle-in.heartbeat.interval.ms=1000");
        for (int i = 0; i < 2; i++) {
            Map<String, String> env = new HashMap<>(ServiceSpec.SLA_MONITOR.env(stack, FreePorts.next(), db, policy));
            env.put("JAVA_TOOL_OPTIONS", jvm);
            ENVIRONMENTS.add(env);
            MONITORS.add(launch(i, "sla-monitor-" + i + ".log"));
        }
        MONITORS.forEach(m -> m.awaitReady(READY));
        // Both must be in the group and hold partitions before anything is sent, or one would be idle.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            Map<String, List<Integer>> members = kafka.groupMembers(group);
            return members.size() == 2 && members.values().stream().noneMatch(List::isEmpty);
        });
        log("infrastructure and two sla-monitor instances (pids %d, %d) ready, group %s split as %s; logs in %s",
                MONITORS.get(0).pid(), MONITORS.get(1).pid(), group, kafka.groupMembers(group).values(), dir);
    }

    @AfterAll
    static void stop() {
        MONITORS.forEach(ServiceProcess::stop);
        if (stack != null) {
            stack.close();
        }
        if (dir != null) {
            FileTrees.deleteQuietly(dir.resolve("build"));
        }
    }

    @Test
    void twoThousandTicketsGiveOneRedPerOverdueClockAcrossTwoInstancesAndAKillMinusNine() throws Exception {
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < TICKETS; i++) {
            tickets.add(new Ticket(UUID.randomUUID(), "E2E-SLA-%05d".formatted(i), i % 2 == 0));
        }
        Map<String, Ticket> byId = tickets.stream().collect(Collectors.toMap(t -> t.id().toString(), t -> t));
        List<Ticket> met = tickets.stream().filter(Ticket::met).toList();
        List<Ticket> overdue = tickets.stream().filter(t -> !t.met()).toList();

        // The burst: waves of assignments (and, for met tickets, contact, reply and resolution right after),
        // one instance killed -9 part-way and restarted while the waves go on.
        Map<String, Instant> assignedAt = new ConcurrentHashMap<>();
        Map<String, Instant> sent = new HashMap<>();
        Set<String> stops = new HashSet<>();
        ServiceProcess killed = MONITORS.get(0);
        CompletableFuture<Duration> restarted = null;
        Instant burstStart = Instant.now();
        Instant killedAt = null;
        try (KafkaProbe.EventWriter writer = kafka.writer()) {
            for (int wave = 0; wave * WAVE < TICKETS; wave++) {
                Instant waveStart = Instant.now();
                for (Ticket ticket : tickets.subList(wave * WAVE, Math.min(TICKETS, (wave + 1) * WAVE))) {
                    Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                    assignedAt.put(ticket.id().toString(), at);
                    sent.put(send(writer, EventType.TICKET_ASSIGNED, ticket, assigned(ticket, at)), at);
                    if (ticket.met()) {
                        Instant done = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                        List<String> ids = List.of(
                                send(writer, EventType.TICKET_CONTACTED, ticket, stop(ticket, "contactedAt", done)
                                        .put("method", "PHONE")),
                                send(writer, EventType.TICKET_REPLIED, ticket, stop(ticket, "repliedAt", done)),
                                send(writer, EventType.TICKET_RESOLVED, ticket, stop(ticket, "resolvedAt", done)));
                        ids.forEach(id -> sent.put(id, done));
                        stops.addAll(ids);
                    }
                }
                writer.flush();
                if (wave + 1 == KILL_AFTER_WAVES) {
                    killed.kill();
                    killedAt = Instant.now();
                    assertThat(killed.isAlive()).as("sla-monitor 0 killed").isFalse();
                    log("kill -9 of sla-monitor 0 (pid %d) after %d tickets", killed.pid(), (wave + 1) * WAVE);
                    Instant restartFrom = killedAt;
                    restarted = CompletableFuture.supplyAsync(() -> {
                        ServiceProcess again = launch(0, "sla-monitor-0-restarted.log");
                        MONITORS.set(0, again);
                        again.awaitReady(READY);
                        return Duration.between(restartFrom, Instant.now());
                    });
                }
                Duration left = WAVE_EVERY.minus(Duration.between(waveStart, Instant.now()));
                if (!left.isNegative()) {
                    // pacing the load generator to a wave every WAVE_EVERY, not waiting for a condition
                    Thread.sleep(left.toMillis());
                }
            }
        }
        Instant burstEnd = Instant.now();
        assertThat(restarted).as("the kill happened during the burst").isNotNull();
        Duration downFor = restarted.get();
        log("burst of %d tickets (%d records) in %.1f s; sla-monitor 0 ready again %.1f s after the kill; group now %s",
                TICKETS, met.size() * 4 + overdue.size(), seconds(Duration.between(burstStart, burstEnd)),
                seconds(downFor), kafka.groupMembers(group).values());

        // Wait until every overdue clock has its RED (bounded), then a little longer for late repeats.
        // No polling before the last deadline: reading the topic again and again would take CPU from sla-monitor.
        Instant lastDeadline = assignedAt.values().stream().max(Instant::compareTo).orElseThrow().plus(RESOLVE);
        Duration untilLastDeadline = Duration.between(Instant.now(), lastDeadline);
        untilLastDeadline = untilLastDeadline.isNegative() ? Duration.ZERO : untilLastDeadline;
        try {
            await().pollDelay(untilLastDeadline).pollInterval(Duration.ofSeconds(1))
                    .atMost(untilLastDeadline.plus(Duration.ofSeconds(45))).until(() -> Alerts
                    .of(kafka.readToEnd(Topics.SLA_ALERT, r -> byId.containsKey(r.key()))).distinct(a -> "RED"
                            .equals(a.level())).size() >= 3 * overdue.size());
        } catch (ConditionTimeoutException e) {
            log("not every overdue clock is RED %.0f s after the last deadline; asserting on what is there",
                    seconds(Duration.between(lastDeadline, Instant.now())));
        }
        // a settle period, so that a repeat published late would be counted too
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> true);
        Alerts alerts = Alerts.of(kafka.readToEnd(Topics.SLA_ALERT, r -> byId.containsKey(r.key())));
        List<ConsumerRecord<String, String>> deadLetters = kafka.readToEnd(
                Topics.deadLetter(Topics.TICKET_LIFECYCLE, ServiceSpec.SLA_MONITOR.serviceName()),
                r -> byId.containsKey(r.key()));
        Consumed consumed = consumed(sent, stops);
        Map<String, List<String>> restProblems = clockProblems(tickets);

        // What was counted, printed before the assertions so that a failure shows it too.
        List<Alert> distinct = alerts.distinct(a -> true);
        Map<String, Long> levels = distinct.stream()
                .collect(Collectors.groupingBy(Alert::level, Collectors.counting()));
        Set<String> metIds = met.stream().map(t -> t.id().toString()).collect(Collectors.toSet());
        Map<String, Long> metLevels = distinct.stream().filter(a -> metIds.contains(a.ticketId()))
                .collect(Collectors.groupingBy(Alert::level, Collectors.counting()));
        Map<String, Set<String>> cePerAlert = alerts.all().stream().collect(Collectors.groupingBy(Alert::alertId,
                Collectors.mapping(Alert::ceId, Collectors.toSet())));
        long reds = levels.getOrDefault("RED", 0L);
        List<Duration> lateness = distinct.stream().filter(a -> "RED".equals(a.level()))
                .map(a -> Duration.between(a.deadline(), a.raisedAt())).sorted().toList();
        System.out.printf("SLA clocks e2e: %d tickets (%d met in time, %d overdue; policy %s/%s/%s) sent as %d events "
                        + "in %.1f s to 2 sla-monitor instances, one killed -9 after %d tickets and ready again %.1f s "
                        + "later; %d of the %d events consumed once each, the last %.1f s after the burst, at most "
                        + "%.1f s after it was sent (a stop event: %.1f s), %d dead-lettered; alert topic for these "
                        + "tickets: %d records, %d distinct ce_id, %d distinct alertId: RED %d (%d records), "
                        + "YELLOW %d, GREEN %d, for met tickets %s; RED raised %.1f s "
                        + "(median) / %.1f s (max) after its deadline; REST: %d tickets checked on both instances, "
                        + "%d not as expected; whole test %.0f s%n",
                TICKETS, met.size(), overdue.size(), CONTACT, REPLY, RESOLVE, sent.size(),
                seconds(Duration.between(burstStart, burstEnd)), KILL_AFTER_WAVES * WAVE, seconds(downFor),
                consumed.count(), sent.size(),
                consumed.last() == null ? Double.NaN : seconds(Duration.between(burstEnd, consumed.last())),
                seconds(consumed.maxLag()), seconds(consumed.maxStopLag()),
                deadLetters.size(), alerts.all().size(), alerts.all().stream().map(Alert::ceId).distinct().count(),
                cePerAlert.size(), reds, alerts.all().stream().filter(a -> "RED".equals(a.level())).count(),
                levels.getOrDefault("YELLOW", 0L), levels.getOrDefault("GREEN", 0L),
                metLevels.isEmpty() ? "none" : metLevels,
                lateness.isEmpty() ? Double.NaN : seconds(lateness.get(lateness.size() / 2)),
                lateness.isEmpty() ? Double.NaN : seconds(lateness.get(lateness.size() - 1)),
                TICKETS, restProblems.size(), seconds(Duration.between(STARTED, Instant.now())));

        // --- Exactly one RED per overdue clock, none lost, none doubled ---
        Map<String, List<Alert>> redsPerClock = distinct.stream().filter(a -> "RED".equals(a.level()))
                .collect(Collectors.groupingBy(a -> a.ticketId() + "/" + a.clock()));
        List<String> missingRed = new ArrayList<>();
        for (Ticket ticket : overdue) {
            for (String clock : CLOCKS) {
                if (!redsPerClock.containsKey(ticket.id() + "/" + clock)) {
                    missingRed.add(ticket.number() + "/" + clock);
                }
            }
        }
        assertThat(first(missingRed)).as("overdue clocks without a RED (%d)", missingRed.size()).isEmpty();
        assertThat(offenders(redsPerClock, list -> list.size() != 1)).as("clocks with two different RED alerts")
                .isEmpty();
        Map<String, List<Alert>> perKey = distinct.stream().collect(Collectors.groupingBy(
                a -> a.ticketId() + "/" + a.clock() + "/" + a.level() + "/v" + a.deadlineVersion()));
        assertThat(offenders(perKey, list -> list.size() > 1))
                .as("(ticket, clock, level, deadline version) raised more than once").isEmpty();
        assertThat(offenders(cePerAlert, ids -> ids.size() != 1))
                .as("alerts published under more than one ce_id (the same alert written to the outbox twice)")
                .isEmpty();
        assertThat(alerts.foreign()).as("records for these tickets on the alert topic that are not %s",
                EventType.SLA_ALERT_RAISED.type()).isEmpty();

        // --- None for clocks met in time ---
        List<Alert> forMet = distinct.stream().filter(a -> metIds.contains(a.ticketId())).toList();
        List<Alert> metReds = forMet.stream().filter(a -> "RED".equals(a.level())).toList();
        assertThat(first(metReds)).as("RED alerts for tickets met in time (%d)", metReds.size()).isEmpty();
        assertThat(reds).as("distinct RED alerts in all").isEqualTo(3L * overdue.size());
        assertThat(first(forMet)).as("alerts for tickets met in time (%d): the events were sent long before any "
                + "warning was due, so a YELLOW (and the GREEN after it) means sla-monitor applied them more than 75%% "
                + "of the clock late", forMet.size()).isEmpty();
        assertThat(first(distinct.stream().filter(a -> "GREEN".equals(a.level()) && !metIds.contains(a.ticketId()))
                .toList())).as("GREEN alerts for clocks never met").isEmpty();

        // --- Each alert at its instant, about the right deadline ---
        assertThat(first(distinct.stream().filter(a -> !a.deadline().equals(assignedAt.get(a.ticketId())
                .plus(LENGTH.get(a.clock()))) || a.deadlineVersion() != 1).toList()))
                .as("alerts whose deadline is not assignedAt + the clock's length (version 1)").isEmpty();
        assertThat(first(distinct.stream().filter(a -> a.raisedAt().isBefore(dueAt(a))).toList()))
                .as("alerts raised before they were due (RED before the deadline, YELLOW before 75%%)").isEmpty();

        // --- Every lifecycle event applied once, none dead-lettered; every clock there, as the API shows it ---
        List<String> rejected = deadLetters.stream().map(r -> r.key() + " " + KafkaProbe.header(r, "ce_type") + ": "
                + KafkaProbe.header(r, "dead-letter-reason")).toList();
        assertThat(first(rejected)).as("lifecycle events of these tickets sla-monitor dead-lettered (%d)",
                rejected.size()).isEmpty();
        assertThat(consumed.count()).as("of the %d events sent, those sla-monitor recorded as processed (its inbox)",
                sent.size()).isEqualTo(sent.size());
        assertThat(offenders(restProblems, wrong -> true)).as("tickets whose clocks the API shows wrong (%d)",
                restProblems.size()).isEmpty();
    }

    /**
     * How many of the events sent (ce_id to the instant it was sent) sla-monitor's inbox records as processed, when the
     * last was, and the longest an event (and a stop event, of {@code stops}) waited between being sent and applied.
     */
    private static Consumed consumed(Map<String, Instant> sent, Set<String> stops) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement query = connection.prepareStatement(
                        "SELECT event_id, processed_at FROM processed_event WHERE event_id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("text", sent.keySet().toArray()));
            long count = 0;
            Instant last = null;
            Duration maxLag = Duration.ZERO;
            Duration maxStopLag = Duration.ZERO;
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    count++;
                    Instant at = row.getTimestamp(2).toInstant();
                    last = last == null || at.isAfter(last) ? at : last;
                    Duration lag = Duration.between(sent.get(row.getString(1)), at);
                    maxLag = lag.compareTo(maxLag) > 0 ? lag : maxLag;
                    if (stops.contains(row.getString(1)) && lag.compareTo(maxStopLag) > 0) {
                        maxStopLag = lag;
                    }
                }
            }
            return new Consumed(count, last, maxLag, maxStopLag);
        }
    }

    private record Consumed(long count, Instant last, Duration maxLag, Duration maxStopLag) {
    }

    /** Every ticket through GET /clocks, alternating between the two instances: three clocks, MET or RED as sent. */
    private static Map<String, List<String>> clockProblems(List<Ticket> tickets) throws Exception {
        String token = stack.jwt().mint("supervisor", null, Duration.ofHours(1));
        Map<String, List<String>> problems = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < tickets.size(); i++) {
                Ticket ticket = tickets.get(i);
                String base = MONITORS.get(i % 2).baseUrl();
                calls.add(pool.submit(() -> {
                    JsonNode clocks;
                    try {
                        clocks = Api.get(base + "/api/v1/tickets/" + ticket.id() + "/clocks", token);
                    } catch (AssertionError | RuntimeException e) {
                        problems.put(ticket.number() + (ticket.met() ? " (met)" : " (overdue)"),
                                List.of(String.valueOf(e.getMessage())));
                        return;
                    }
                    List<String> wrong = new ArrayList<>();
                    List<String> kinds = new ArrayList<>();
                    clocks.forEach(c -> kinds.add(c.get("clock").asText()));
                    if (kinds.size() != 3 || !Set.copyOf(kinds).equals(CLOCKS)) {
                        wrong.add("clocks " + kinds);
                    }
                    clocks.forEach(c -> {
                        String state = c.get("state").asText();
                        String light = c.get("light").asText();
                        String what = c.get("clock").asText() + " " + state + "/" + light;
                        if (c.get("assignment").asInt() != 1) {
                            wrong.add(what + " of assignment " + c.get("assignment").asInt());
                        }
                        if (ticket.met()) {
                            JsonNode metAt = c.get("metAt");
                            if (!"MET".equals(state) || metAt == null || metAt.isNull()) {
                                wrong.add(what + " (met in time)");
                            } else if (Instant.parse(metAt.asText())
                                    .isAfter(Instant.parse(c.get("deadline").asText()))) {
                                wrong.add(what + " met at " + metAt.asText() + " after " + c.get("deadline").asText());
                            }
                        } else if (!"RUNNING".equals(state) || !"RED".equals(light)) {
                            wrong.add(what + " (overdue)");
                        }
                    });
                    if (!wrong.isEmpty()) {
                        problems.put(ticket.number() + (ticket.met() ? " (met)" : " (overdue)"), wrong);
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return problems;
    }

    private static Instant dueAt(Alert alert) {
        Duration length = LENGTH.get(alert.clock());
        return switch (alert.level()) {
            case "RED" -> alert.deadline();
            case "YELLOW" -> alert.deadline().minus(length).plusMillis((long) (length.toMillis() * WARNING_RATIO));
            default -> Instant.MIN;
        };
    }

    /** The first 20, enough to see what went wrong without burying it. */
    private static <T> List<T> first(List<T> list) {
        return list.subList(0, Math.min(20, list.size()));
    }

    /** Up to 20 entries of {@code map} that are {@code wrong}. */
    private static <T> Map<String, T> offenders(Map<String, T> map, Predicate<T> wrong) {
        return map.entrySet().stream().filter(e -> wrong.test(e.getValue())).limit(20)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String send(KafkaProbe.EventWriter writer, EventType type, Ticket ticket, ObjectNode body) {
        return writer.sendEvent(Topics.TICKET_LIFECYCLE, type.type(), ticket.id().toString(), body.toString());
    }

    private static ObjectNode assigned(Ticket ticket, Instant at) {
        ObjectNode body = JSON.createObjectNode()
                .put("ticketId", ticket.id().toString())
                .put("ticketNumber", ticket.number())
                .put("assignment", 1)
                .put("leadDepartment", DEPARTMENT)
                .put("urgency", "NORMAL")
                .put("assignedAt", at.toString())
                .putNull("ruleId");
        body.putArray("assistingDepartments");
        return body;
    }

    private static ObjectNode stop(Ticket ticket, String field, Instant at) {
        return JSON.createObjectNode()
                .put("ticketId", ticket.id().toString())
                .put("assignment", 1)
                .put("department", DEPARTMENT)
                .put(field, at.toString());
    }

    private static ServiceProcess launch(int instance, String logName) {
        Map<String, String> env = ENVIRONMENTS.get(instance);
        return ServiceProcess.start(repo, ServiceSpec.SLA_MONITOR, Integer.parseInt(env.get("QUARKUS_HTTP_PORT")), env,
                dir.resolve(logName));
    }

    /**
     * Copies sla-monitor's built application under {@code into} (laid out like the repository) and answers that root:
     * every instance, the restarted one included, then runs the same build, even if the module is rebuilt meanwhile.
     */
    private static Path privateCopyOfTheBuild(Path repoRoot, Path into) throws IOException {
        Path app = ServiceSpec.SLA_MONITOR.runJar(repoRoot).getParent();
        if (!Files.exists(app)) {
            throw new IllegalStateException("sla-monitor is not built: " + app + " is missing");
        }
        Path copy = ServiceSpec.SLA_MONITOR.runJar(into).getParent();
        for (int attempt = 1; ; attempt++) {
            Instant before = newest(app);
            FileTrees.deleteQuietly(copy);
            try (var files = Files.walk(app)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Path target = copy.resolve(app.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target);
                    }
                }
            }
            if (newest(app).equals(before) || attempt == 3) {
                return into;
            }
        }
    }

    private static Instant newest(Path tree) throws IOException {
        try (var files = Files.walk(tree)) {
            return files.map(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant();
                } catch (IOException e) {
                    return Instant.MAX;
                }
            }).max(Instant::compareTo).orElse(Instant.MIN);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[SlaClocksIT +%.1f s] %s%n", seconds(Duration.between(STARTED, Instant.now())),
                format.formatted(args));
    }

    private record Ticket(UUID id, String number, boolean met) {
    }

    /** One record of the alert topic: its envelope id and what the alert says. */
    private record Alert(String ceId, String alertId, String ticketId, String clock, String level, int deadlineVersion,
            Instant deadline, Instant raisedAt) {

        static Alert of(ConsumerRecord<String, String> record) {
            try {
                JsonNode body = JSON.readTree(record.value());
                return new Alert(KafkaProbe.header(record, "ce_id"), body.get("alertId").asText(),
                        body.get("ticketId").asText(), body.get("clock").asText(), body.get("level").asText(),
                        body.get("deadlineVersion").asInt(), Instant.parse(body.get("deadline").asText()),
                        Instant.parse(body.get("raisedAt").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("Unreadable alert " + record.value(), e);
            }
        }

        @Override
        public String toString() {
            return clock + "/" + level + " v" + deadlineVersion + " of " + ticketId + " (alert " + alertId
                    + ", deadline "
                    + deadline + ", raised " + raisedAt + ")";
        }
    }

    /** The alert topic's records for these tickets: every record as read, and the alerts once each. */
    private record Alerts(List<Alert> all, List<ConsumerRecord<String, String>> foreign) {

        static Alerts of(Collection<ConsumerRecord<String, String>> records) {
            List<Alert> alerts = new ArrayList<>();
            List<ConsumerRecord<String, String>> other = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                if (EventType.SLA_ALERT_RAISED.type().equals(KafkaProbe.header(record, "ce_type"))) {
                    alerts.add(Alert.of(record));
                } else {
                    other.add(record);
                }
            }
            return new Alerts(alerts, other);
        }

        /** One per alertId (a relay's repeat of the same event is the same alert), filtered. */
        List<Alert> distinct(Predicate<Alert> filter) {
            return all.stream().filter(filter)
                    .collect(Collectors.toMap(Alert::alertId, Function.identity(), (a, b) -> a, LinkedHashMap::new))
                    .values().stream().toList();
        }
    }
}
