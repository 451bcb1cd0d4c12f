package com.catalog.k8s;

/**
 * One routing decision: requests under {@code pathPrefix} with {@code method} ({@code *} = any) go to the Kubernetes
 * Service {@code service}. Both the gateway's configuration and the HTTPRoute are reduced to a set of these.
 */
record Route(String pathPrefix, String method, String service) {

    static final String ANY_METHOD = "*";
}
