package org.hotline2110.dispatch.routing;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.dispatch.department.Departments;
import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.seeds.Seeds;

/** A rule must name what exists: topics, demand types and places from seeds/, departments that handle tickets. */
@ApplicationScoped
public class RuleValidator {

    private final Departments departments;
    private final Set<String> topics;
    private final Set<String> demandTypes;

    @Inject
    public RuleValidator(Departments departments, ObjectMapper mapper) {
        this.departments = departments;
        this.topics = ids(Seeds.read(mapper, "topics.json", new TypeReference<Topics>() { }).topics());
        this.demandTypes = ids(Seeds.read(mapper, "demand-types.json", new TypeReference<DemandTypes>() { }).demandTypes());
    }

    public void check(RoutingRule rule) {
        RoutingRule.Match match = rule.match();
        if (match.isEmpty()) {
            throw ProblemException.invalid("match", "name at least one criterion; a rule matching everything would hide the manual queue");
        }
        if (match.topic() != null && !topics.contains(match.topic())) {
            throw ProblemException.invalid("match.topic", "unknown topic '" + match.topic() + "'");
        }
        if (match.demandType() != null && !demandTypes.contains(match.demandType())) {
            throw ProblemException.invalid("match.demandType", "unknown demand type '" + match.demandType() + "'");
        }
        if (match.town() != null && !departments.isPlace(match.town())) {
            throw ProblemException.invalid("match.town", "unknown town, street or park '" + match.town() + "'");
        }
        departments.requireTeam("lead", rule.lead(), "assisting", rule.assisting());
    }

    private static Set<String> ids(List<Named> named) {
        return named.stream().map(Named::id).collect(Collectors.toUnmodifiableSet());
    }

    record Named(String id, String name) {
    }

    record Topics(List<Named> topics) {
    }

    record DemandTypes(List<Named> demandTypes) {
    }
}
