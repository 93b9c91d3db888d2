package org.hotline2110.platform.web;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What the shared layout needs besides the page: the four services' links and this service's name. */
@Named("chrome")
@ApplicationScoped
public class PageChrome {

    private final List<Link> links;
    private final String service;

    public PageChrome(PagesConfig config, @ConfigProperty(name = "quarkus.application.name") String service) {
        PagesConfig.Links l = config.links();
        this.links = List.of(new Link("intake-service", "受理", l.intake()),
                new Link("dispatch-service", "派单与承办", l.dispatch()),
                new Link("sla-monitor", "红绿灯与考核", l.sla()),
                new Link("notification-service", "通知", l.notification()));
        this.service = service;
    }

    public List<Link> links() {
        return links;
    }

    /** One link of the header; the layout marks the one whose {@code service} is this service. */
    public record Link(String service, String title, String url) {
    }

    public String service() {
        return service;
    }
}
