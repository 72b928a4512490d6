package org.stemma.ingest;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.stemma.article.Article;

/** Where readers deliver articles and problems; keeps ids unique and counts. Not thread-safe. */
final class Sink {
    private final Consumer<Article> out;
    private final Consumer<IngestProblem> problems;
    private final Set<String> ids = new HashSet<>();
    long articles;
    long skipped;
    long warnings;
    /** The reason of the last skipped record, or null. */
    String lastSkipReason;

    Sink(Consumer<Article> out, Consumer<IngestProblem> problems) {
        this.out = out;
        this.problems = problems;
    }

    void article(Article a) {
        String id = a.id();
        if (!ids.add(id)) {
            int k = 2;
            while (!ids.add(id + "~" + k)) {
                k++;
            }
            String renamed = id + "~" + k;
            warn(a.source() == null ? id : a.source(), null, "duplicate article id \"" + id
                    + "\", renamed to \"" + renamed + "\"");
            a = a.toBuilder().id(renamed).build();
        }
        articles++;
        out.accept(a);
    }

    void skip(String source, String location, String reason) {
        skipped++;
        lastSkipReason = reason;
        problems.accept(new IngestProblem(source, location, reason, true));
    }

    void skip(String source, BadInputException e) {
        skip(source, e.location(), e.getMessage());
    }

    void warn(String source, String location, String reason) {
        warnings++;
        problems.accept(new IngestProblem(source, location, reason, false));
    }
}
