package org.hotline2110.notification.channel.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/** The JVM's resolver (hosts file, then DNS, with the JVM's cache). */
@ApplicationScoped
public class SystemResolver implements HostResolver {

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
