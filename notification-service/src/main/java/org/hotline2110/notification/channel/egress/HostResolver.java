package org.hotline2110.notification.channel.egress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Turns a webhook's host into the addresses it stands for now; an IP literal stands for itself. Blocking. */
public interface HostResolver {

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
