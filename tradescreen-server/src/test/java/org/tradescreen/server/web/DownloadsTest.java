package org.tradescreen.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void put_givesAnUnguessableTokenThatFindsTheFile() {
        Downloads downloads = new Downloads(2);
        String token = downloads.put(new Downloads.File("a.csv", "x"));
        assertThat(token).matches("[0-9a-f]{32}");
        assertThat(downloads.get(token)).hasValue(new Downloads.File("a.csv", "x"));
        assertThat(downloads.get("0".repeat(32))).isEmpty();
    }

    @Test
    void put_beyondCapacity_dropsTheOldest() {
        Downloads downloads = new Downloads(2);
        String first = downloads.put(new Downloads.File("1.csv", "1"));
        String second = downloads.put(new Downloads.File("2.csv", "2"));
        String third = downloads.put(new Downloads.File("3.csv", "3"));
        assertThat(downloads.get(first)).isEmpty();
        assertThat(downloads.get(second)).isPresent();
        assertThat(downloads.get(third)).isPresent();
    }

    @Test
    void capacity_mustBePositive() {
        assertThatThrownBy(() -> new Downloads(0)).hasMessage("download capacity must be at least 1, got 0");
    }
}
