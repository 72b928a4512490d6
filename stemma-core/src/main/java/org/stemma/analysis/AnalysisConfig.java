package org.stemma.analysis;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stemma.align.ParaphraseFinder;
import org.stemma.align.ReuseFinder;
import org.stemma.align.ReuseOptions;
import org.stemma.align.paraphrase.EmbeddingParaphraseFinder;
import org.stemma.story.EventSignals;
import org.stemma.text.SentenceEmbedder;

/**
 * Everything that decides what an analysis finds, built once from a runner's options and
 * shared by every runner: {@code stemma analyze}, the store ({@code ingest}, {@code serve}) and
 * the Spark job. {@link #defaults()} is the one set of defaults; the model is on by default
 * everywhere and {@code --no-embed} turns it off everywhere.
 *
 * <p>The embedding model itself is not part of the configuration (it is a heavy object from the
 * outer module stemma-embed): a runner makes one when {@link #embed()} is true and hands it to
 * the factories below, which refuse a model the configuration does not ask for and the reverse,
 * so no runner can silently run another analysis than its configuration says.
 *
 * <p>Serializable (its parts are records of numbers), so the Spark driver ships it to executors.
 *
 * @param reuse      parameters of lexical reuse detection
 * @param embed      use the sentence-embedding model for paraphrase passages, same-event
 *                   similarity of leads and reworded quotes
 * @param paraphrase parameters of the paraphrase finder (used only with {@code embed})
 */
public record AnalysisConfig(ReuseOptions reuse, boolean embed, EmbeddingParaphraseFinder.Params paraphrase)
        implements Serializable {

    public AnalysisConfig {
        Objects.requireNonNull(reuse, "reuse");
        Objects.requireNonNull(paraphrase, "paraphrase");
    }

    /** The defaults of every runner: default reuse parameters, the model on. */
    public static AnalysisConfig defaults() {
        return new AnalysisConfig(ReuseOptions.defaults(), true, EmbeddingParaphraseFinder.Params.DEFAULTS);
    }

    /** The defaults with lexical signals only (the {@code --no-embed} analysis). */
    public static AnalysisConfig lexical() {
        return defaults().withEmbed(false);
    }

    public AnalysisConfig withReuse(ReuseOptions r) {
        return new AnalysisConfig(r, embed, paraphrase);
    }

    public AnalysisConfig withEmbed(boolean e) {
        return new AnalysisConfig(reuse, e, paraphrase);
    }

    public AnalysisConfig withParaphrase(EmbeddingParaphraseFinder.Params p) {
        return new AnalysisConfig(reuse, embed, p);
    }

    /**
     * The reuse finder this configuration describes, with the paraphrase finder when the model is
     * on.
     *
     * @param embedderOrNull the model, required exactly when {@link #embed()} is true
     */
    public ReuseFinder reuseFinder(SentenceEmbedder embedderOrNull) {
        return new ReuseFinder(reuse, paraphraseFinder(embedderOrNull));
    }

    /** The paraphrase finder, or null when the model is off. */
    public ParaphraseFinder paraphraseFinder(SentenceEmbedder embedderOrNull) {
        check(embedderOrNull);
        return embed ? new EmbeddingParaphraseFinder(embedderOrNull,
                org.stemma.align.paraphrase.ParaphraseJudge.DEFAULT, paraphrase) : null;
    }

    /** The same-event signals: the lexical rule, plus the leads' similarity when the model is on. */
    public EventSignals eventSignals(SentenceEmbedder embedderOrNull) {
        check(embedderOrNull);
        return embed ? EventSignals.withEmbedder(embedderOrNull) : EventSignals.lexical();
    }

    /**
     * Refuses a model the configuration does not ask for, and a missing one it does.
     *
     * @throws IllegalArgumentException on a mismatch
     */
    public void check(SentenceEmbedder embedderOrNull) {
        if (embed && embedderOrNull == null) {
            throw new IllegalArgumentException("the configuration asks for the embedding model but none was given");
        }
        if (!embed && embedderOrNull != null) {
            throw new IllegalArgumentException("the configuration is lexical (--no-embed) but a model was given");
        }
    }

    /**
     * One line saying what the analysis uses, for a runner to print on start, e.g.
     * {@code "analysis: lexical reuse + sentence model (paraphrase, events, reworded quotes)"}.
     */
    public String describe() {
        return "analysis: lexical reuse" + (embed
                ? " + sentence-embedding model (paraphrase passages, same-event leads, reworded quotes)"
                : " only (--no-embed: no paraphrase passages, lexical event rule, quotes grouped by wording)");
    }

    /**
     * The configuration as ordered key/value pairs (every parameter, by component name): saved
     * beside a Spark run's outputs and compared on resume.
     */
    public Map<String, String> asProperties() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("embed", Boolean.toString(embed));
        put(m, "reuse.", reuse);
        if (embed) {
            put(m, "paraphrase.", paraphrase);
        }
        return m;
    }

    private static void put(Map<String, String> m, String prefix, Record r) {
        for (java.lang.reflect.RecordComponent c : r.getClass().getRecordComponents()) {
            try {
                m.put(prefix + c.getName(), String.valueOf(c.getAccessor().invoke(r)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName(), e);
            }
        }
    }
}
