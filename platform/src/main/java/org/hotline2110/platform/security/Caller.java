package org.hotline2110.platform.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: a department token carries the id of the one department whose tickets it may reach. */
@RequestScoped
public class Caller {

    /** The claim of a department token that names its department. */
    public static final String DEPARTMENT_CLAIM = "department";
    private static final String NAME_CLAIM = "name";

    private final JsonWebToken token;

    public Caller(JsonWebToken token) {
        this.token = token;
    }

    /** The caller's subject (upn): one per person, so what is kept per caller is never shared by a role. */
    public String name() {
        return token.getName();
    }

    /** The person's display name (OIDC claim {@code name}); the subject when the token has none. */
    public String personName() {
        String name = token.getClaim(NAME_CLAIM);
        return name == null || name.isBlank() ? name() : name;
    }

    public boolean is(String role) {
        return token.getGroups().contains(role);
    }

    /** The department a department token is bound to; empty for every other role. */
    public Optional<String> department() {
        if (!is(Roles.DEPARTMENT)) {
            return Optional.empty();
        }
        return Optional.ofNullable(token.<String>getClaim(DEPARTMENT_CLAIM));
    }

    /**
     * The department a list is filtered to: a department token's own whatever it asked for (a token without
     * its claim matches nothing), anyone else's choice, which may be none.
     */
    public String scope(String requested) {
        return department().orElse(is(Roles.DEPARTMENT) ? "" : requested);
    }

    /** True when this caller may see a ticket led by {@code leadDepartment}. */
    public boolean mayReach(String leadDepartment) {
        if (!is(Roles.DEPARTMENT)) {
            return true;
        }
        return department().map(own -> own.equals(leadDepartment)).orElse(false);
    }
}
