package org.bridgeway.shared;

import java.io.Serial;

/** The record does not exist, or the caller may not know that it exists: both look the same from outside. */
public class NotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
