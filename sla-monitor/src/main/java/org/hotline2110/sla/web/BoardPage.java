package org.hotline2110.sla.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.hotline2110.contracts.sla.Clock;
import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;
import org.hotline2110.sla.assessment.ReferenceNames;
import org.hotline2110.sla.calendar.CalendarCoverage;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;

/**
 * The traffic-light board (红绿灯) at the root of sla-monitor. The page holds two fragments that htmx fetches again
 * whenever the live stream says the board changed, and once more each time the stream (re)connects, so a change made
 * while it was away is shown too.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({ Roles.DISPATCHER, Roles.DEPARTMENT, Roles.SUPERVISOR, Roles.ADMIN })
public class BoardPage {

    /** A list longer than this is cut: the filters narrow it. */
    static final int LIST_LIMIT = 200;

    private final Template board;
    private final Template table;
    private final Template list;
    private final BoardQueries queries;
    private final Topics topics;
    private final ReferenceNames names;
    private final CalendarCoverage coverage;
    private final Caller caller;

    public BoardPage(@Location("sla/board.html") Template board, @Location("sla/board-table.html") Template table,
            @Location("sla/board-list.html") Template list, BoardQueries queries, Topics topics, ReferenceNames names,
            CalendarCoverage coverage, Caller caller) {
        this.board = board;
        this.table = table;
        this.list = list;
        this.queries = queries;
        this.topics = topics;
        this.names = names;
        this.coverage = coverage;
        this.caller = caller;
    }

    @GET
    public Uni<TemplateInstance> page(@Context UriInfo uri) {
        BoardFilter filter = filter(uri);
        Uni<BoardTable> counts = table(filter);
        Uni<List<BoardQueries.Entry>> entries = filter.listing() ? queries.entries(filter, LIST_LIMIT)
                : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(counts, entries, queries.towns()).asTuple()
                .map(all -> board.data("filter", filter).data("table", all.getItem1())
                        .data("entries", all.getItem2()).data("towns", all.getItem3())
                        .data("topics", topics.names()).data("clocks", clockChoices())
                        .data("lights", BoardTable.LIGHTS).data("limit", LIST_LIMIT)
                        .data("own", caller.department().isPresent())
                        .data("nextYearMissing", coverage.nextYearMissing()).data("nextYear", coverage.nextYear()));
    }

    @GET
    @Path("board/table")
    public Uni<TemplateInstance> table(@Context UriInfo uri) {
        BoardFilter filter = filter(uri);
        return table(filter).map(t -> table.data("table", t).data("filter", filter));
    }

    @GET
    @Path("board/list")
    public Uni<TemplateInstance> list(@Context UriInfo uri) {
        BoardFilter filter = filter(uri);
        return queries.entries(filter, LIST_LIMIT)
                .map(e -> list.data("entries", e).data("filter", filter).data("limit", LIST_LIMIT));
    }

    private Uni<BoardTable> table(BoardFilter filter) {
        BoardFilter scoped = filter.tableOnly();
        BoardFilter own = caller.is(Roles.DEPARTMENT) ? scoped.choose(caller.scope(null), null, null) : scoped;
        return queries.counts(own).map(counts -> BoardTable.of(counts, scoped, names::department));
    }

    /** A department clerk's filter always names its own department, whatever the URL says. */
    private BoardFilter filter(UriInfo uri) {
        BoardFilter asked = BoardFilter.of(uri.getQueryParameters(), topics.names().keySet());
        if (!caller.is(Roles.DEPARTMENT)) {
            return asked;
        }
        return new BoardFilter(caller.scope(asked.department()), asked.town(), asked.topic(), asked.clock(),
                asked.light(), asked.problems());
    }

    private static List<ClockChoice> clockChoices() {
        return Arrays.stream(Clock.values()).map(c -> new ClockChoice(c.name(), Labels.clock(c) + "时限")).toList();
    }

    public record ClockChoice(String id, String title) {
    }
}
