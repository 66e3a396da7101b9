package org.bridgeway.explorer;

import java.util.List;

final class Text {

    private Text() {
    }

    static List<String> cleanList(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }
}
