package org.hotline2110.dispatch.department;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.problem.ProblemException;
import org.hotline2110.platform.seeds.Seeds;

import io.quarkus.runtime.Startup;

/** The departments of seeds/departments.json: who may lead or assist a ticket. */
@Startup
@ApplicationScoped
public class Departments {

    private static final String DISPATCH_CENTRE = "DISPATCH_CENTRE";
    private static final Set<String> PLACES = Set.of("TOWN", "STREET", "PARK");

    private final Map<String, Department> byId;

    @Inject
    public Departments(ObjectMapper mapper) {
        this(Seeds.read(mapper, "departments.json", new TypeReference<Seed>() { }).departments());
    }

    Departments(List<Department> departments) {
        this.byId = departments.stream().collect(Collectors.toUnmodifiableMap(Department::id, Function.identity()));
    }

    public Optional<Department> find(String id) {
        return Optional.ofNullable(id).map(byId::get);
    }

    /** True for a town, street or park: a place a ticket is located. */
    public boolean isPlace(String id) {
        return find(id).map(d -> PLACES.contains(d.kind())).orElse(false);
    }

    /** Refuses (400, naming {@code field}) an id that is not a department that can handle tickets. */
    public void requireHandling(String field, String id) {
        Department department = find(id).orElseThrow(() -> ProblemException.invalid(field, "unknown department '" + id + "'"));
        if (DISPATCH_CENTRE.equals(department.kind())) {
            throw ProblemException.invalid(field, "the dispatch centre routes tickets, it does not handle them");
        }
    }

    /** Refuses a lead and assisting departments that could not work a ticket together. */
    public void requireTeam(String leadField, String lead, String assistingField, List<String> assisting) {
        requireHandling(leadField, lead);
        for (String department : assisting) {
            requireHandling(assistingField, department);
            if (department.equals(lead)) {
                throw ProblemException.invalid(assistingField, "the lead department cannot also assist");
            }
        }
        if (assisting.stream().distinct().count() != assisting.size()) {
            throw ProblemException.invalid(assistingField, "a department is listed twice");
        }
    }

    public record Department(String id, String name, String kind) {
    }

    record Seed(List<Department> departments) {
    }
}
