package org.stemma.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputBytesTest {

    private static List<String> lines(String s, int max, List<Boolean> tooLong) throws Exception {
        InputBytes.LineReader r = new InputBytes.LineReader(
                new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)), max);
        List<String> out = new ArrayList<>();
        byte[] l;
        while ((l = r.next()) != null) {
            out.add(new String(l, StandardCharsets.UTF_8));
            tooLong.add(r.tooLong());
        }
        return out;
    }

    @Test
    void splitsLinesLikeBufferedReader() throws Exception {
        List<Boolean> tl = new ArrayList<>();
        assertThat(lines("a\r\nbb\n\nccc", 100, tl)).containsExactly("a", "bb", "", "ccc");
        assertThat(lines("", 100, tl)).isEmpty();
        assertThat(lines("x\n", 100, tl)).containsExactly("x");
    }

    @Test
    void longLinesAreCutAndFlagged() throws Exception {
        List<Boolean> tl = new ArrayList<>();
        String big = "y".repeat(200_000);
        assertThat(lines("ok\n" + big + "\nafter", 1000, tl)).containsExactly("ok", "y".repeat(1000), "after");
        assertThat(tl).containsExactly(false, true, false);
    }

    @Test
    void randomTextsMatchStringSplit() throws Exception {
        Random rnd = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(300_000);
            for (int i = 0; i < n; i++) {
                b.append(rnd.nextInt(50) == 0 ? '\n' : (char) ('a' + rnd.nextInt(26)));
            }
            String s = b.toString();
            List<String> expected = new ArrayList<>(List.of(s.split("\n", -1)));
            if (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1);
            }
            assertThat(lines(s, Integer.MAX_VALUE - 16, new ArrayList<>())).isEqualTo(expected);
        }
    }

    @Test
    void binarySniffing() {
        assertThat(InputBytes.looksBinary("plain text\n\twith tabs".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(InputBytes.looksBinary(new byte[] {'a', 0, 'b'})).isTrue();
        assertThat(InputBytes.looksBinary(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isFalse();
    }
}
