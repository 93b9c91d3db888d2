package org.hotline2110.notification.channel;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotline2110.notification.NotificationConfig;
import org.hotline2110.notification.delivery.DueDelivery;
import org.hotline2110.notification.delivery.Outcome;
import org.hotline2110.notification.notice.AlertNotice;
import org.hotline2110.notification.notice.DigestNotice;
import org.hotline2110.notification.notice.UrgingNotice;
import org.hotline2110.notification.subscription.Channel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.qute.Engine;
import io.smallrye.mutiny.Uni;

/** Sends the notice as a plain-text e-mail, subject and body in Chinese from the templates under {@code mail/}. */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final ReactiveMailer mailer;
    private final Engine templates;
    private final ObjectMapper mapper;
    private final Duration timeout;

    public EmailSender(ReactiveMailer mailer, Engine templates, ObjectMapper mapper, NotificationConfig config) {
        this.mailer = mailer;
        this.templates = templates;
        this.mapper = mapper;
        this.timeout = config.delivery().timeout();
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Uni<Outcome> send(DueDelivery delivery) {
        long started = System.nanoTime();
        return Uni.createFrom().item(() -> compose(delivery))
                .flatMap(mailer::send)
                .ifNoItem().after(timeout).fail()
                .map(ignored -> Outcome.delivered(null, (System.nanoTime() - started) / 1_000_000))
                .onFailure().recoverWithItem(e -> Outcome.failed(null, e.toString(),
                        (System.nanoTime() - started) / 1_000_000));
    }

    private Mail compose(DueDelivery delivery) {
        String name = delivery.kind().name().toLowerCase();
        Object notice = notice(delivery);
        String subject = templates.getTemplate("mail/" + name + "-subject.txt").data("n", notice).render();
        String body = templates.getTemplate("mail/" + name + "-body.txt").data("n", notice).render();
        return Mail.withText(delivery.email(), subject.strip(), body)
                .addHeader("X-Hotline-Delivery", delivery.id().toString());
    }

    private Object notice(DueDelivery delivery) {
        Class<?> type = switch (delivery.kind()) {
            case ALERT -> AlertNotice.class;
            case URGING -> UrgingNotice.class;
            case DIGEST -> DigestNotice.class;
        };
        try {
            return mapper.readValue(delivery.payload(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored " + delivery.kind() + " notice is unreadable", e);
        }
    }
}
