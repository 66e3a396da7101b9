package org.bridgeway.identity.api;

import java.io.Serializable;

/** Filters of the account list; null means "any". */
public record AccountFilter(String text, Role role, Boolean enabled) implements Serializable {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }
}
