package org.bridgeway.shared;

import java.io.Serializable;
import java.util.List;

/** One page of rows and the total number of rows that match the filter. */
public record Page<T>(List<T> rows, long total) implements Serializable {

    public Page {
        rows = List.copyOf(rows);
    }
}
