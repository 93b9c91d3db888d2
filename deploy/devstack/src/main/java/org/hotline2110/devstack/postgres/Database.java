package org.hotline2110.devstack.postgres;

/** One service's database and the role that owns it. */
public record Database(String host, int port, String name, String user, String password) {

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    /** The Vert.x reactive client's URL form (quarkus.datasource.reactive.url). */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + name;
    }
}
