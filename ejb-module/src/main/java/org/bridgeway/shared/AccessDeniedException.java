package org.bridgeway.shared;

import java.io.Serial;

/** The caller lacks the permission a service method requires. Never says which record was asked for. */
public class AccessDeniedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String permission;

    public AccessDeniedException(String permission) {
        super("error.accessDenied");
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
