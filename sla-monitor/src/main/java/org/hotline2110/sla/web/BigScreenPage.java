package org.hotline2110.sla.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;

import org.hotline2110.platform.security.Roles;
import org.hotline2110.platform.sql.Timestamps;
import org.hotline2110.platform.web.PageFormats;
import org.hotline2110.sla.assessment.ReferenceNames;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * 大屏: the hall's wall display. Today's totals, each department's lights in turn, and the week's top topics, in
 * large type; it follows the same live stream as the board.
 */
@Path("/big-screen")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DISPATCHER, Roles.SUPERVISOR, Roles.ADMIN })
public class BigScreenPage {

    private final Template screen;
    private final Template content;
    private final Pool pool;
    private final BoardQueries board;
    private final ReferenceNames names;
    private final Topics topics;

    public BigScreenPage(@Location("sla/big-screen.html") Template screen,
            @Location("sla/big-screen-content.html") Template content, Pool pool, BoardQueries board,
            ReferenceNames names, Topics topics) {
        this.screen = screen;
        this.content = content;
        this.pool = pool;
        this.board = board;
        this.names = names;
        this.topics = topics;
    }

    @GET
    public Uni<TemplateInstance> page() {
        return data(screen);
    }

    @GET
    @Path("content")
    public Uni<TemplateInstance> fragment() {
        return data(content);
    }

    private Uni<TemplateInstance> data(Template template) {
        OffsetDateTime dayStart = LocalDate.ofInstant(Timestamps.now(), PageFormats.ZONE).atStartOfDay(PageFormats.ZONE)
                .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        BoardFilter all = BoardFilter.of(new MultivaluedHashMap<>(), topics.names().keySet());
        Uni<Totals> totals = pool.preparedQuery("""
                        SELECT (SELECT count(*) FROM assessment_ticket WHERE received_at >= $1) AS received,
                               (SELECT count(*) FROM clock WHERE met_at >= $1 AND met_at <= deadline) AS met,
                               (SELECT count(*) FROM alert WHERE level = 'RED' AND raised_at >= $1) AS red""")
                .execute(Tuple.of(dayStart))
                .map(rows -> {
                    var r = rows.iterator().next();
                    return new Totals(r.getLong("received"), r.getLong("met"), r.getLong("red"));
                });
        Uni<List<TopicCount>> week = pool.preparedQuery("""
                        SELECT topic, count(*) AS n FROM assessment_ticket
                        WHERE received_at >= $1 AND topic IS NOT NULL GROUP BY topic ORDER BY n DESC, topic LIMIT 5""")
                .execute(Tuple.of(dayStart.minusDays(6)))
                .map(rows -> {
                    List<TopicCount> top = new ArrayList<>();
                    rows.forEach(r -> top.add(new TopicCount(topics.name(r.getString("topic")), r.getLong("n"))));
                    return top;
                });
        Uni<BoardTable> table = board.counts(all).map(c -> BoardTable.of(c, all, names::department));
        return Uni.combine().all().unis(totals, week, table).asTuple()
                .map(t -> template.data("totals", t.getItem1()).data("topics", t.getItem2()).data("table", t.getItem3())
                        .data("at", Timestamps.now()));
    }

    @TemplateData
    public record Totals(long received, long met, long red) {
    }

    @TemplateData
    public record TopicCount(String topic, long count) {
    }
}
