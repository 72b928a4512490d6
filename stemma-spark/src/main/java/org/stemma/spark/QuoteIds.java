package org.stemma.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.stemma.quote.QuoteFamilies;
import org.stemma.quote.QuoteFamily;

/**
 * Quote family ids over the whole corpus. Families are formed per component, so two components
 * can each hold a family of one wording and speaker (a fragment such as "stable" in unrelated
 * stories); the core names such namesakes apart ({@link QuoteFamilies#uniqueIds}) only among
 * the families it sees together. Here the families of all components that share a wording id
 * are named together, as the embedded run names them.
 */
final class QuoteIds {

    private QuoteIds() {
    }

    /** {@code families} (rows of {@link ResultRows#QUOTE_FAMILY}) with ids unique over the corpus. */
    static Dataset<Row> unique(Dataset<Row> families) {
        return families.groupByKey((MapFunction<Row, String>) r ->
                        QuoteFamilies.wordingId(r.getString(2), r.getString(1)), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> {
                    List<QuoteFamily> namesakes = new ArrayList<>();
                    rows.forEachRemaining(r -> namesakes.add(ResultRows.family(r)));
                    return QuoteFamilies.uniqueIds(namesakes).stream().map(ResultRows::family).iterator();
                }, Encoders.row(ResultRows.QUOTE_FAMILY));
    }
}
