package org.stemma.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Test hook: the texts {@link Tokenizer#tokenize} is given while a piece of code runs. */
public final class TokenizerWatch {

    private TokenizerWatch() {
    }

    /** Runs {@code work} and returns every text tokenised meanwhile (by any thread), in no set order. */
    public static synchronized List<String> during(Runnable work) {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        Tokenizer.watch = seen::add;
        try {
            work.run();
        } finally {
            Tokenizer.watch = null;
        }
        return new ArrayList<>(seen);
    }
}
