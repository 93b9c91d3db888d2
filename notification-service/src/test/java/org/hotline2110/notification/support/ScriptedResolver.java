package org.hotline2110.notification.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.hotline2110.notification.channel.egress.HostResolver;

/**
 * The tests' DNS: a name answers what the test scripted for it, one answer per lookup, the last answer then for
 * good (as a rebinding DNS server would, public first and internal after). IP literals and {@code localhost} go to
 * the JVM's resolver (the hosts file); any other name is unknown, so no test ever queries a real DNS server.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ScriptedResolver implements HostResolver {

    private final Map<String, Deque<List<InetAddress>>> scripts = new ConcurrentHashMap<>();

    /** From now on {@code host} answers each of {@code answers} in turn (each a comma-separated address list). */
    public void script(String host, String... answers) {
        Deque<List<InetAddress>> queue = new ArrayDeque<>();
        for (String answer : answers) {
            queue.add(Arrays.stream(answer.split(",")).map(ScriptedResolver::literal).toList());
        }
        scripts.put(host, queue);
    }

    public void forget(String host) {
        scripts.remove(host);
    }

    @Override
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        Deque<List<InetAddress>> queue = scripts.get(host);
        if (queue != null) {
            synchronized (queue) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        if ("localhost".equals(host) || host.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return List.of(InetAddress.getAllByName(host));
        }
        throw new UnknownHostException(host + " is not in the tests' DNS");
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address + " is not an IP literal", e);
        }
    }
}
