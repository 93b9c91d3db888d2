package org.hotline2110.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.hotline2110.platform.security.Caller;
import org.hotline2110.platform.security.Roles;

import io.quarkus.security.AuthenticationFailedException;

/** Who is looking at a page, in the words the header shows ({@code cdi:viewer} in templates). */
@Named("viewer")
@RequestScoped
public class Viewer {

    private static final Map<String, String> ROLE_NAMES = Map.of(Roles.OPERATOR, "话务员", Roles.DISPATCHER, "派单员",
            Roles.DEPARTMENT, "承办单位", Roles.SUPERVISOR, "督查室", Roles.ADMIN, "管理员");
    private static final List<String> ORDER = List.of(Roles.ADMIN, Roles.SUPERVISOR, Roles.DISPATCHER,
            Roles.DEPARTMENT, Roles.OPERATOR);

    private final Caller caller;

    public Viewer(Caller caller) {
        this.caller = caller;
    }

    /** The role's Chinese name, with the department for a department clerk. */
    public String label() {
        if (!signedIn()) {
            return "访客";
        }
        String role = ORDER.stream().filter(caller::is).findFirst().orElse("");
        String name = ROLE_NAMES.getOrDefault(role, "访客");
        return caller.department().map(d -> name + " · " + d).orElse(name);
    }

    /** False for a missing token and for one that fails verification: the sign-in page must still render. */
    public boolean signedIn() {
        try {
            return caller.name() != null;
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }

    public boolean is(String role) {
        return signedIn() && caller.is(role);
    }
}
