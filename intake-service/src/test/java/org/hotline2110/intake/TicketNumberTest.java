package org.hotline2110.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.intake.ticket.CreateTicketRequest;
import org.hotline2110.intake.ticket.TicketRepository;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Ticket numbers are the Shanghai date and that day's count: unique at any volume, and read in arrival order.
 * The days used here lie years ahead, so no other test has numbered a ticket on them.
 */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
class TicketNumberTest {

    @Inject
    Pool pool;

    @Inject
    TicketRepository tickets;

    @Inject
    ObjectMapper mapper;

    @Test
    void theMillionthTicketOfADayAndThoseAfterItGetNumbersOfTheirOwn() {
        // 2031-03-16 in Shanghai; 999,998 tickets of that day are already numbered
        Instant day = Instant.parse("2031-03-16T02:00:00Z");
        pool.preparedQuery("INSERT INTO ticket_number_day (day, last_number) VALUES ($1, 999998)")
                .execute(Tuple.of(java.time.LocalDate.of(2031, 3, 16))).await().indefinitely();

        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            numbers.add(insertAt(day.plusSeconds(i)));
        }

        assertThat(numbers).containsExactly("20310316-999999", "20310316-1000000", "20310316-1000001");
    }

    @Test
    void theCountStartsAgainAtMidnightInShanghaiNotInUtc() {
        String lastOfTheDay = insertAt(Instant.parse("2031-03-14T15:59:59.999Z")); // 23:59:59.999 in Shanghai
        String nextDay = insertAt(Instant.parse("2031-03-14T16:00:00Z"));          // 00:00 on 15 March
        String sameUtcDay = insertAt(Instant.parse("2031-03-14T23:00:00Z"));      // 07:00 on 15 March

        assertThat(lastOfTheDay).isEqualTo("20310314-000001");
        assertThat(nextDay).isEqualTo("20310315-000001");
        assertThat(sameUtcDay).isEqualTo("20310315-000002");
    }

    @Test
    void ticketsLoggedAtOnceGetDistinctConsecutiveNumbers() {
        Instant at = Instant.parse("2031-03-20T03:00:00Z");
        List<String> numbers = java.util.stream.IntStream.range(0, 40).parallel()
                .mapToObj(i -> insertAt(at)).sorted().toList();

        List<String> expected = java.util.stream.IntStream.rangeClosed(1, 40)
                .mapToObj(i -> String.format("20310320-%06d", i)).toList();
        assertThat(numbers).isEqualTo(expected);
    }

    private String insertAt(Instant at) {
        CreateTicketRequest request = mapper.convertValue(TicketFixtures.ticket(), CreateTicketRequest.class);
        return pool.withTransaction(tx -> tickets.insert(tx, UUID.randomUUID(), request, "operator-1", at))
                .await().indefinitely().number();
    }
}
