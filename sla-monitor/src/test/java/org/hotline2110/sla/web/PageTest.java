package org.hotline2110.sla.web;

import java.net.URL;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every browser test of the pages has: a fresh Chromium on the service under test, a way to publish tickets
 * to it, and departments of its own, so that what other tests leave running cannot change its counts.
 */
abstract class PageTest {

    @TestHTTPResource("/")
    URL base;

    Browser browser;
    Tickets tickets;

    @BeforeEach
    void open() {
        browser = new Browser(base);
        tickets = new Tickets();
    }

    @AfterEach
    void close() {
        browser.close();
        tickets.close();
    }

    static String department() {
        return "dept-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
