package org.retrogistics.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** If-Match read from the header, and the one stale-version check every module uses. */
class IfMatchTest {

    static class Stale extends RuntimeException {}

    @Test
    void readsStrongAndWeakTagsAndTakesAnyForWhateverIsCurrent() {
        assertThat(IfMatch.version("\"3\"")).isEqualTo(3L);
        assertThat(IfMatch.version("W/\"4\"")).isEqualTo(4L);
        assertThat(IfMatch.version("*")).isNull();
        assertThat(IfMatch.version(null)).isNull();
        assertThatThrownBy(() -> IfMatch.version("\"abc\"")).isInstanceOf(IfMatch.InvalidIfMatch.class);
        assertThat(IfMatch.etag(7L)).isEqualTo("\"7\"");
    }

    @Test
    void aVersionThatMovedOnIsRefusedWithTheCallersException() {
        assertThatThrownBy(() -> IfMatch.requireCurrent(3L, 4L, Stale::new)).isInstanceOf(Stale.class);
        assertThatThrownBy(() -> IfMatch.requireCurrent(3L, null, Stale::new)).isInstanceOf(Stale.class);
        // a revision in a body is an int; the same version in another box is the same version
        assertThatThrownBy(() -> IfMatch.requireCurrent(2, 5, Stale::new)).isInstanceOf(Stale.class);
        assertThatCode(() -> IfMatch.requireCurrent(1000L, Long.valueOf(1000), Stale::new))
                .doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.requireCurrent(5, 5L, Stale::new)).doesNotThrowAnyException();
        assertThatCode(() -> IfMatch.requireCurrent(null, 9L, Stale::new)).doesNotThrowAnyException();
    }
}
