package org.hotline2110.notification.channel;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;

import javax.net.ssl.SSLException;

import org.hotline2110.notification.channel.egress.RefusedTarget;

import io.smallrye.mutiny.TimeoutException;

/**
 * What the attempt log says of a failed webhook attempt: a few fixed phrases, never the exception's text, which
 * names addresses and ports and would tell a subscriber what answers where.
 */
final class WebhookFailures {

    private final String late;

    WebhookFailures(Duration deadline) {
        long millis = deadline.toMillis();
        this.late = "no complete answer within " + (millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms");
    }

    String status(int status) {
        return status >= 300 && status < 400
                ? "receiver answered " + status + " (redirects are not followed)"
                : "receiver answered " + status;
    }

    String reason(Throwable failure) {
        if (failure instanceof RefusedTarget) {
            return RefusedTarget.REASON;
        }
        if (failure instanceof TimeoutException) {
            return late;
        }
        if (failure instanceof UnknownHostException) {
            return "the host name does not resolve";
        }
        if (failure instanceof ConnectException || failure instanceof io.netty.channel.ConnectTimeoutException) {
            return "could not connect";
        }
        if (failure instanceof SSLException) {
            return "TLS failed";
        }
        return "the connection failed";
    }
}
