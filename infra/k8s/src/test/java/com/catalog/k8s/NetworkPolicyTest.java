package com.catalog.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The NetworkPolicies deny ingress by default, select real Deployments and leave each reachable on its port. */
class NetworkPolicyTest {

    private static Manifests manifests;

    @BeforeAll
    static void parse() {
        manifests = Manifests.base();
    }

    @Test
    void networkPoliciesDenyByDefaultAndLetEachDeploymentBeCalledOnItsPort() {
        assertThat(manifests.ofKind("NetworkPolicy")).anySatisfy(policy -> {
            assertThat(Yamls.map(policy, "spec", "podSelector")).isEmpty();
            assertThat(Yamls.at(policy, "spec", "policyTypes")).isEqualTo(List.of("Ingress"));
            assertThat(policy.get("spec")).asInstanceOf(InstanceOfAssertFactories.MAP).doesNotContainKey("ingress");
        });
        for (Map<String, Object> policy : manifests.ofKind("NetworkPolicy")) {
            Map<String, Object> selector = Yamls.map(policy, "spec", "podSelector");
            if (!selector.isEmpty()) {
                assertThat(manifests.ofKind("Deployment")).as(Yamls.string(policy, "metadata", "name") + " selects a Deployment")
                        .anySatisfy(d -> assertThat(Deployments.podLabels(d)).containsAllEntriesOf(Yamls.map(selector, "matchLabels")));
            }
        }
        for (Map<String, Object> deployment : manifests.ofKind("Deployment")) {
            Map<String, Object> labels = Deployments.podLabels(deployment);
            int port = Deployments.containerPort(deployment);
            assertThat(manifests.ofKind("NetworkPolicy")).as("a policy lets %s be called on %d", labels, port)
                    .anySatisfy(policy -> {
                        assertThat(labels).containsAllEntriesOf(Yamls.map(policy, "spec", "podSelector", "matchLabels"));
                        assertThat(Yamls.list(policy, "spec", "ingress")).flatExtracting(rule -> Yamls.list(rule, "ports"))
                                .extracting(p -> p.get("port")).contains(port);
                    });
        }
    }}
