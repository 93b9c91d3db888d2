package org.hotline2110.notification.channel.egress;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotline2110.notification.NotificationConfig;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * Where a webhook may go: not to this host, its cloud's metadata service or the internal network (loopback,
 * link-local, private, shared and unique-local, unspecified, multicast and reserved addresses), unless an allowed
 * network of the configuration covers the address. A name is resolved and every address it gives is checked, each
 * time: a name that pointed outside when subscribing may point inside later.
 */
@ApplicationScoped
public class WebhookTargets {

    private static final List<Cidr> INTERNAL = Stream.of(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
            // NAT64 and the deprecated IPv4-compatible form carry an IPv4 address, which may be internal
            "64:ff9b::/96", "::/96")
            .map(Cidr::parse).toList();

    private final HostResolver resolver;
    private final List<Cidr> allowed;

    public WebhookTargets(HostResolver resolver, NotificationConfig config) {
        this.resolver = resolver;
        this.allowed = config.webhook().allowedNetworks().orElse(List.of()).stream().map(Cidr::parse).toList();
    }

    /**
     * The address to connect to for {@code host} (a name, or an IP literal, IPv6 with or without brackets): the first
     * it resolves to, once every one has been checked. Fails with {@link RefusedTarget} when any is internal, with
     * {@link UnknownHostException} when there is none. Resolution blocks, so it runs on a worker thread.
     */
    public Uni<InetAddress> resolve(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return Uni.createFrom().item(() -> {
            List<InetAddress> addresses = lookUp(bare);
            if (addresses.isEmpty()) {
                throw new UncheckedIOException(new UnknownHostException(bare));
            }
            if (addresses.stream().anyMatch(this::refused)) {
                throw new RefusedTarget();
            }
            return addresses.get(0);
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(UncheckedIOException.class).transform(Throwable::getCause);
    }

    public boolean refused(InetAddress address) {
        return INTERNAL.stream().anyMatch(network -> network.contains(address))
                && allowed.stream().noneMatch(network -> network.contains(address));
    }

    private List<InetAddress> lookUp(String host) {
        try {
            return resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
