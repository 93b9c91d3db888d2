package org.hotline2110.k8scheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the NetworkPolicies of one overlay let through, between endpoints standing for everything a pod could talk
 * to: the system's own pods, pods of the operators and the cluster, and one address on the internet. Flows read as
 * {@code from -> to:port/protocol}; a rule without ports gives {@code to:*}. A pod no policy restricts in a direction
 * answers {@code unrestricted}, which never equals a list of expected flows.
 */
final class NetworkFlows {

    static final String NAMESPACE = "hotline2110";

    /** One pod (or address) a policy may or may not let a flow reach. */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip) {

        static Endpoint pod(String name, String namespace, Map<String, String> labels) {
            return new Endpoint(name, namespace, labels, "10.244.0.1");
        }
    }

    private final Manifests manifests;
    private final List<Endpoint> endpoints;

    NetworkFlows(Manifests manifests, List<Endpoint> endpoints) {
        this.manifests = manifests;
        this.endpoints = endpoints;
    }

    /** Flows out of {@code from}. */
    Set<String> egress(Endpoint from) {
        return flows(from, "Egress", "egress", "to");
    }

    /** Flows into {@code to}. */
    Set<String> ingress(Endpoint to) {
        return flows(to, "Ingress", "ingress", "from");
    }

    private Set<String> flows(Endpoint subject, String type, String rulesField, String peersField) {
        Set<String> flows = new TreeSet<>();
        boolean restricted = false;
        for (JsonNode policy : manifests.ofKind("NetworkPolicy")) {
            if (!appliesTo(policy, subject, type)) {
                continue;
            }
            restricted = true;
            for (JsonNode rule : policy.path("spec").path(rulesField)) {
                for (Endpoint peer : peers(rule.path(peersField))) {
                    for (String port : ports(rule.path("ports"))) {
                        flows.add(type.equals("Egress")
                                ? subject.name() + " -> " + peer.name() + ":" + port
                                : peer.name() + " -> " + subject.name() + ":" + port);
                    }
                }
            }
        }
        return restricted ? flows : Set.of("unrestricted");
    }

    private static boolean appliesTo(JsonNode policy, Endpoint pod, String type) {
        boolean typed = false;
        for (JsonNode policyType : policy.path("spec").path("policyTypes")) {
            typed |= policyType.asText().equals(type);
        }
        return typed && NAMESPACE.equals(pod.namespace())
                && matches(policy.path("spec").path("podSelector"), pod.labels());
    }

    /** The endpoints a list of peers reaches; an absent list means every endpoint. */
    private List<Endpoint> peers(JsonNode peers) {
        if (peers.isMissingNode()) {
            return endpoints;
        }
        List<Endpoint> reached = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (JsonNode peer : peers) {
                if (reaches(peer, endpoint)) {
                    reached.add(endpoint);
                    break;
                }
            }
        }
        return reached;
    }

    private static boolean reaches(JsonNode peer, Endpoint endpoint) {
        if (peer.has("ipBlock")) {
            return inBlock(endpoint.ip(), peer.path("ipBlock"));
        }
        boolean namespaceMatches = peer.has("namespaceSelector")
                ? matches(peer.path("namespaceSelector"), Map.of("kubernetes.io/metadata.name", endpoint.namespace()))
                : NAMESPACE.equals(endpoint.namespace());
        boolean podMatches = !peer.has("podSelector") || matches(peer.path("podSelector"), endpoint.labels());
        return endpoint.labels() != null && namespaceMatches && podMatches;
    }

    private static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) {
            throw new AssertionError("matchExpressions are not read by this check: use matchLabels");
        }
        return labels != null && Manifests.selects(Manifests.labels(selector.path("matchLabels")), labels);
    }

    private static List<String> ports(JsonNode ports) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return List.of("*");
        }
        List<String> result = new ArrayList<>();
        ports.forEach(port -> result.add(port.path("port").asText() + "/" + port.path("protocol").asText("TCP")));
        return result;
    }

    private static boolean inBlock(String ip, JsonNode block) {
        if (!within(ip, block.path("cidr").asText())) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (within(ip, except.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean within(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (address(ip) & mask) == (address(parts[0]) & mask);
    }

    private static long address(String ip) {
        long value = 0;
        for (String octet : ip.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
