package org.stemma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainOutOfMemoryTest {

    @Test
    void anExhaustedHeapIsOneLineThatSaysHowToGiveMore() {
        String message = Main.outOfMemory(4L * 1024 * 1024 * 1024);

        assertThat(message).startsWith("Error: out of memory")
                .contains("4096 MB")
                .contains("STEMMA_JAVA_OPTS=-Xmx")
                .doesNotContain("\n")
                .doesNotContain("Exception");
    }
}
