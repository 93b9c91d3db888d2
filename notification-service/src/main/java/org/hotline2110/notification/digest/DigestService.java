package org.hotline2110.notification.digest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.contracts.sla.AlertLevel;
import org.hotline2110.notification.delivery.Audience;
import org.hotline2110.notification.delivery.DeliveryClock;
import org.hotline2110.notification.delivery.DeliveryRepository;
import org.hotline2110.notification.delivery.Kind;
import org.hotline2110.notification.delivery.NewDelivery;
import org.hotline2110.notification.notice.DigestNotice;
import org.hotline2110.notification.notice.DigestNotice.DepartmentSection;
import org.hotline2110.notification.notice.DigestNotice.RedTicket;
import org.hotline2110.notification.subscription.Departments;
import org.hotline2110.platform.lights.ClockLight;
import org.hotline2110.platform.lights.TicketClocks;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Composes a day's digest once: every ticket with a red clock, per lead department, to each digest subscription
 * (a department's subscribers get their department's section, the others every section). The deliveries then
 * go out like any other.
 */
@ApplicationScoped
public class DigestService {

    private final Pool pool;
    private final DigestRepository runs;
    private final TicketClocks clocks;
    private final DeliveryRepository deliveries;
    private final Departments departments;
    private final DeliveryClock clock;
    private final ObjectMapper mapper;

    public DigestService(Pool pool, DigestRepository runs, TicketClocks clocks, DeliveryRepository deliveries,
            Departments departments, DeliveryClock clock, ObjectMapper mapper) {
        this.pool = pool;
        this.runs = runs;
        this.clocks = clocks;
        this.deliveries = deliveries;
        this.departments = departments;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Records that {@code day} is not a working day: nothing is sent, and nobody asks the calendar again. */
    public Uni<Void> skip(LocalDate day) {
        return pool.withTransaction(tx -> runs.claim(tx, day, false, clock.now())).replaceWithVoid();
    }

    /** Composes the digest of {@code day} unless it was composed already; the number of deliveries written. */
    public Uni<Integer> compose(LocalDate day) {
        return pool.withTransaction(tx -> {
            Instant now = clock.now();
            return runs.claim(tx, day, true, now).flatMap(first -> first
                    ? clocks.showing(tx, AlertLevel.RED).flatMap(red -> send(tx, day, red, now))
                    : Uni.createFrom().item(0));
        });
    }

    private Uni<Integer> send(SqlConnection tx, LocalDate day, List<ClockLight> red, Instant now) {
        UUID source = UUID.nameUUIDFromBytes(("digest:" + day).getBytes(StandardCharsets.UTF_8));
        List<DepartmentSection> sections = sections(red);
        return runs.followedDepartments(tx).flatMap(followed -> {
            Uni<Integer> written = Uni.createFrom().item(0);
            for (String department : followed) {
                List<DepartmentSection> shown = department == null ? sections
                        : sections.stream().filter(s -> s.department().equals(department)).toList();
                NewDelivery delivery = new NewDelivery(source, Kind.DIGEST, null, null, department, null, null, null,
                        now, body(day, shown), now);
                Audience audience = department == null ? Audience.DIGEST_OF_ALL : Audience.DIGEST_OF_DEPARTMENT;
                written = written.flatMap(sum -> deliveries.toSubscriptions(tx, delivery, audience, now)
                        .map(count -> sum + count));
            }
            return written;
        });
    }

    private List<DepartmentSection> sections(List<ClockLight> red) {
        Map<String, Map<UUID, List<ClockLight>>> byDepartment = red.stream().collect(Collectors.groupingBy(
                ClockLight::department, LinkedHashMap::new,
                Collectors.groupingBy(ClockLight::ticketId, LinkedHashMap::new, Collectors.toList())));
        List<DepartmentSection> sections = new ArrayList<>();
        byDepartment.forEach((department, tickets) -> sections.add(new DepartmentSection(department,
                departments.name(department), tickets.values().stream().map(DigestService::ticket).toList())));
        return sections;
    }

    private static RedTicket ticket(List<ClockLight> clocks) {
        ClockLight first = clocks.stream().min(Comparator.comparing(ClockLight::deadline)).orElseThrow();
        return new RedTicket(first.ticketId(), first.ticketNumber(),
                clocks.stream().map(ClockLight::clock).sorted().toList(), first.deadline());
    }

    private String body(LocalDate day, List<DepartmentSection> sections) {
        int tickets = sections.stream().mapToInt(s -> s.tickets().size()).sum();
        try {
            return mapper.writeValueAsString(new DigestNotice(DigestNotice.KIND, day, tickets,
                    sections));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
