package org.bridgeway.web.explorer;

import java.util.Map;
import org.primefaces.model.FilterMeta;

final class Filters {

    private Filters() {
    }

    static String text(Map<String, FilterMeta> filters, String field) {
        FilterMeta meta = filters.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
