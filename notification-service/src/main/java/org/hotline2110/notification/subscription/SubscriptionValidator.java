package org.hotline2110.notification.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.channel.egress.RefusedTarget;
import org.hotline2110.notification.channel.egress.WebhookTargets;
import org.hotline2110.platform.problem.Problem.FieldError;
import org.hotline2110.platform.problem.ProblemException;

import io.smallrye.mutiny.Uni;

/** What Bean Validation can't say about a subscription: known department, a usable target for its channel. */
@ApplicationScoped
public class SubscriptionValidator {

    private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

    private final Departments departments;
    private final WebhookTargets targets;

    public SubscriptionValidator(Departments departments, WebhookTargets targets) {
        this.departments = departments;
        this.targets = targets;
    }

    /**
     * Refuses a webhook whose host is, or resolves to, an address webhooks may not reach. A name that does not
     * resolve now is let through: every attempt checks it again, and is refused then should it point inside.
     */
    public Uni<Void> checkTarget(SubscriptionRequest request) {
        if (request.channel() != Channel.WEBHOOK) {
            return Uni.createFrom().voidItem();
        }
        return targets.resolve(URI.create(request.url()).getHost()).replaceWithVoid()
                .onFailure(RefusedTarget.class).transform(refused -> ProblemException.invalid("url", "points at an "
                        + "internal address (loopback, link-local, private...), which webhooks may not reach"))
                .onFailure(e -> !(e instanceof ProblemException)).recoverWithNull();
    }

    public void check(SubscriptionRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.department() != null && !departments.exists(request.department())) {
            errors.add(new FieldError("department", "unknown department " + request.department()));
        }
        boolean alerts = request.levels() == null || !request.levels().isEmpty();
        if (!alerts && !Boolean.TRUE.equals(request.urging()) && !Boolean.TRUE.equals(request.digest())) {
            errors.add(new FieldError("levels", "subscribes to nothing: give a level, urging or digest"));
        }
        if (request.clocks() != null && request.clocks().isEmpty()) {
            errors.add(new FieldError("clocks", "must not be empty; leave it out for all three clocks"));
        }
        switch (request.channel()) {
            case WEBHOOK -> {
                webhookUrl(request.url()).ifPresent(errors::add);
                only("email", request.email(), errors);
            }
            case EMAIL -> {
                if (request.email() == null || request.email().isBlank()) {
                    errors.add(new FieldError("email", "is required for an EMAIL subscription"));
                }
                only("url", request.url(), errors);
            }
            case SSE -> {
                only("url", request.url(), errors);
                only("email", request.email(), errors);
            }
        }
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "invalid-request", "Invalid request", detail, errors);
        }
    }

    private static Optional<FieldError> webhookUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of(new FieldError("url", "is required for a WEBHOOK subscription"));
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null || !WEB_SCHEMES.contains(uri.getScheme().toLowerCase())
                    || uri.getHost() == null || uri.getUserInfo() != null) {
                return Optional.of(new FieldError("url", "must be an absolute http or https URL with a host"));
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(new FieldError("url", "is not a URL: " + e.getReason()));
        }
    }

    private static void only(String field, String value, List<FieldError> errors) {
        if (value != null) {
            errors.add(new FieldError(field, "does not belong to this channel"));
        }
    }
}
