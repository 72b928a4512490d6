package org.stemma.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Lex#lineBreakAfterAny} answers as asking {@link Lex#lineBreakAfter} of each token of the range. */
class LexLineBreaksTest {

    @Test
    void answersAsTheTokenByTokenWalk() {
        Random r = new Random(21);
        String[] pieces = {"Diarra", "said", ",", "\"We", "will", "stay.\"", "\n", "\n\n", "The", "army", "U.S.", "-", "it's"};
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            int n = r.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
            }
            Lex lex = Lex.of(text.toString());
            for (int from = -2; from <= lex.size + 2; from++) {
                for (int to = from - 1; to <= lex.size + 2; to++) {
                    boolean walk = false;
                    for (int t = from; t < to; t++) {
                        walk |= lex.lineBreakAfter(t);
                    }
                    assertThat(lex.lineBreakAfterAny(from, to)).as("%s [%d, %d)", text, from, to).isEqualTo(walk);
                }
            }
        }
    }
}
