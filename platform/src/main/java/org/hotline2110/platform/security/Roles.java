package org.hotline2110.platform.security;

/** The roles a bearer token may carry in its {@code groups} claim. */
public final class Roles {

    public static final String OPERATOR = "operator";
    public static final String DISPATCHER = "dispatcher";
    public static final String DEPARTMENT = "department";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
