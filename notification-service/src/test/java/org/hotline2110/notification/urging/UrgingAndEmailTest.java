package org.hotline2110.notification.urging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotline2110.notification.support.Fixtures.alert;
import static org.hotline2110.notification.support.MailAndCalendarTestResource.mailTo;
import static org.hotline2110.notification.support.Fixtures.deliveries;
import static org.hotline2110.notification.support.Fixtures.kafka;
import static org.hotline2110.notification.support.Fixtures.patience;
import static org.hotline2110.notification.support.Fixtures.raise;
import static org.hotline2110.notification.support.Fixtures.subscribe;
import static org.hotline2110.notification.support.Fixtures.unsubscribe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.hotline2110.contracts.EventType;
import org.hotline2110.contracts.Topics;
import org.hotline2110.devstack.DevStackTestResource;
import org.hotline2110.notification.support.MailAndCalendarTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** E-mail through a real SMTP server (GreenMail), and urging (督办) from the lifecycle topic. */
@QuarkusTest
@WithTestResource(DevStackTestResource.class)
@WithTestResource(MailAndCalendarTestResource.class)
class UrgingAndEmailTest {

    private static JsonPath mailbox(String address, String department, boolean urging) {
        return subscribe(Map.of("name", "邮箱 " + address, "department", department, "levels", List.of("RED"),
                "urging", urging, "channel", "EMAIL", "email", address));
    }

    @Test
    void aRedAlertArrivesAsAChineseEmail() throws Exception {
        String address = "duban-" + UUID.randomUUID() + "@example.gov.cn";
        JsonPath subscription = mailbox(address, "approval-bureau", false);
        UUID ticket = UUID.randomUUID();
        raise(ticket, alert(UUID.randomUUID(), ticket, "approval-bureau", "CONTACT", "RED", Instant.now(), null));

        await().atMost(patience()).until(() -> mailTo(address).size() == 1);
        MimeMessage mail = mailTo(address).get(0);
        String number = "T-" + ticket.toString().substring(0, 8);
        assertThat(mail.getSubject()).contains("红灯", number, "联系企业时限", "行政审批局");
        assertThat(mail.getContent().toString()).contains("工单编号：" + number, "主办单位：行政审批局", "当前状态：红灯（已超时）");
        await().atMost(patience()).until(() -> deliveries("ticketId=" + ticket + "&status=DELIVERED").stream()
                .anyMatch(d -> "EMAIL".equals(d.get("channel"))));
        unsubscribe(subscription.getString("id"));
    }

    @Test
    void urgingReachesTheLeadDepartmentsSubscribersAndOtherLifecycleEventsAreIgnored() throws Exception {
        String lead = "lead-" + UUID.randomUUID() + "@example.gov.cn";
        String other = "other-" + UUID.randomUUID() + "@example.gov.cn";
        String notAsked = "quiet-" + UUID.randomUUID() + "@example.gov.cn";
        JsonPath leadSubscription = mailbox(lead, "human-resources", true);
        JsonPath otherSubscription = mailbox(other, "transport", true);
        JsonPath quietSubscription = mailbox(notAsked, "human-resources", false);
        UUID ticket = UUID.randomUUID();
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_ASSIGNED.type(), ticket.toString(), """
                {"ticketId":"%s","ticketNumber":"T-1","assignment":1,"leadDepartment":"human-resources",
                 "assistingDepartments":[],"urgency":"NORMAL","assignedAt":"%s"}""".formatted(ticket, Instant.now()));
        kafka().sendEvent(Topics.TICKET_LIFECYCLE, EventType.TICKET_URGED.type(), ticket.toString(), """
                {"ticketId":"%s","ticketNumber":"T-2026-0042","assignment":1,"leadDepartment":"human-resources",
                 "message":"请于今日内联系企业并反馈","urgedBy":"supervisor","urgedAt":"%s"}"""
                .formatted(ticket, Instant.now()));

        await().atMost(patience()).until(() -> mailTo(lead).size() == 1);
        MimeMessage mail = mailTo(lead).get(0);
        assertThat(mail.getSubject()).contains("督办", "T-2026-0042", "人社局");
        assertThat(mail.getContent().toString()).contains("督办意见：请于今日内联系企业并反馈");
        List<Map<String, Object>> urging = deliveries("ticketId=" + ticket + "&kind=URGING");
        assertThat(urging).extracting(d -> d.get("subscriptionId")).containsExactly(leadSubscription.getString("id"));
        assertThat(mailTo(other)).isEmpty();
        assertThat(mailTo(notAsked)).isEmpty();
        assertThat(kafka().readAll(Topics.deadLetter(Topics.TICKET_LIFECYCLE, "notification-service"),
                r -> ticket.toString().equals(r.key()), Duration.ofSeconds(2))).isEmpty();
        for (JsonPath s : List.of(leadSubscription, otherSubscription, quietSubscription)) {
            unsubscribe(s.getString("id"));
        }
    }
}
