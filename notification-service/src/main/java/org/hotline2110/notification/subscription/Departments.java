package org.hotline2110.notification.subscription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.platform.seeds.Seeds;

/** The departments of {@code seeds/departments.json}: what a subscription may follow, and their names for people. */
@ApplicationScoped
public class Departments {

    private final Map<String, String> names = new LinkedHashMap<>();

    public Departments(ObjectMapper mapper) {
        Seeds.read(mapper, "departments.json", new TypeReference<DepartmentsFile>() {
        }).departments().forEach(d -> names.put(d.id(), d.name()));
    }

    public boolean exists(String id) {
        return names.containsKey(id);
    }

    /** The Chinese name, or the id itself for a department the seeds no longer list. */
    public String name(String id) {
        return Optional.ofNullable(id).map(names::get).orElse(id);
    }

    record DepartmentsFile(List<Department> departments) {
    }

    record Department(String id, String name) {
    }
}
