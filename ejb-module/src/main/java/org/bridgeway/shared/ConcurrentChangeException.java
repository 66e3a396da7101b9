package org.bridgeway.shared;

import java.io.Serial;

/** Someone else saved the same record since it was loaded (optimistic lock). The user reloads and retries. */
public class ConcurrentChangeException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.concurrentChange");
    }
}
