package org.bridgeway.it;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bridgeway.identity.api.Role;

/** Reads the role × permission table of docs/roles.md: a header row of roles, then one row per permission. */
final class RolesDocument {

    private RolesDocument() {
    }

    static Map<Role, Set<String>> parse(String markdown) {
        Map<Role, Set<String>> matrix = new EnumMap<>(Role.class);
        List<Role> columns = null;
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1).split("\\|")) {
                cells.add(cell.strip());
            }
            if (columns == null && cells.get(0).equalsIgnoreCase("Permission")) {
                columns = new ArrayList<>();
                for (String cell : cells.subList(1, cells.size())) {
                    columns.add(cell.isEmpty() ? null : Role.valueOf(cell));
                }
            } else if (columns != null && cells.get(0).startsWith("`")) {
                String permission = cells.get(0).replace("`", "");
                for (int i = 0; i < columns.size() && i + 1 < cells.size(); i++) {
                    if (columns.get(i) != null && cells.get(i + 1).contains("✔")) {
                        matrix.computeIfAbsent(columns.get(i), r -> new HashSet<>()).add(permission);
                    }
                }
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException("docs/roles.md has no '| Permission | ROLE ... |' table");
        }
        return matrix;
    }
}
