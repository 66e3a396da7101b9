package org.bridgeway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void acceptsSizesFromOneToTheCap() {
        assertThat(new PageRequest(0, 1, null, true).size()).isEqualTo(1);
        assertThat(new PageRequest(40, PageRequest.MAX_SIZE, "name", false).offset()).isEqualTo(40);
    }

    @Test
    void refusesAnEmptyOrOversizedPageWithATranslatableKey() {
        assertThatThrownBy(() -> new PageRequest(0, 0, null, true))
                .isInstanceOf(BusinessException.class).hasMessage("error.page.size");
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1, null, true))
                .isInstanceOf(BusinessException.class).hasMessage("error.page.size");
        assertThatThrownBy(() -> new PageRequest(-1, 10, null, true))
                .isInstanceOf(BusinessException.class).hasMessage("error.page.offset");
    }
}
