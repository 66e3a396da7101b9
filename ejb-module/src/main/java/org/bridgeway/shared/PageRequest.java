package org.bridgeway.shared;

import java.io.Serializable;

/**
 * A page of a list, asked for by offset and size, sorted by one named field. Sizes are capped so no caller
 * can ask the database for everything at once.
 */
public record PageRequest(int offset, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (offset < 0) {
            throw new BusinessException("error.page.offset");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BusinessException("error.page.size", MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}
