package org.bridgeway.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Permissions read from the database at most once per request. A page asks many times (menu, buttons, each
 * row, each service call); across requests nothing is cached, so a role change applies at once everywhere.
 */
@RequestScoped
class RequestPermissions {

    private final Map<String, Set<String>> byUsername = new HashMap<>();

    Set<String> of(String username, Function<String, Set<String>> load) {
        return byUsername.computeIfAbsent(username, load);
    }
}
