package org.stemma.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.provenance.Evidence;
import org.stemma.quote.Quote;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.quote.VariantRelation;
import org.stemma.story.Story;
import org.stemma.text.DiffSegment;
import org.stemma.text.Span;

/** Stories, derivations and quote families as rows of their Parquet tables, and back. */
final class ResultRows {

    private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType);

    static final StructType STORY = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("title", DataTypes.StringType)
            .add("articles", STRINGS)
            .add("lineages", DataTypes.createArrayType(STRINGS))
            .add("start", DataTypes.StringType)
            .add("end", DataTypes.StringType)
            .add("outlets", STRINGS)
            .add("names", STRINGS);

    private static final StructType EVIDENCE = new StructType()
            .add("signal", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("weight", DataTypes.DoubleType);

    static final StructType DERIVATION = new StructType()
            .add("source", DataTypes.StringType, false)
            .add("copy", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("credited", DataTypes.BooleanType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("directed", DataTypes.BooleanType, false)
            .add("evidence", DataTypes.createArrayType(EVIDENCE))
            .add("runner_up_source", DataTypes.StringType)
            .add("runner_up_weight", DataTypes.DoubleType, false);

    private static final StructType DIFF = new StructType()
            .add("op", DataTypes.StringType).add("text", DataTypes.StringType);

    private static final StructType VARIANT = new StructType()
            .add("article", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType)
            .add("text", DataTypes.StringType)
            .add("partial", DataTypes.BooleanType)
            .add("speaker_as_written", DataTypes.StringType)
            .add("speaker", DataTypes.StringType)
            .add("cue", DataTypes.StringType)
            .add("relation", DataTypes.StringType)
            .add("diff", DataTypes.createArrayType(DIFF));

    static final StructType QUOTE_FAMILY = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("speaker", DataTypes.StringType)
            .add("wording", DataTypes.StringType)
            .add("variants", DataTypes.createArrayType(VARIANT));

    private ResultRows() {
    }

    static Row story(Story s) {
        Object[] lineages = s.lineages().stream().map(l -> l.toArray(new String[0])).toArray();
        return RowFactory.create(s.id(), s.title(), s.articles().toArray(new String[0]), lineages,
                s.start(), s.end(), s.outlets().toArray(new String[0]), s.names().toArray(new String[0]));
    }

    static Story story(Row r) {
        List<List<String>> lineages = new ArrayList<>();
        for (Object l : r.getList(3)) {
            lineages.add(toStrings(l));
        }
        return new Story(r.getString(0), r.getString(1), r.getList(2), lineages, r.getString(4),
                r.getString(5), r.getList(6), r.isNullAt(7) ? List.of() : r.getList(7));
    }

    static Row derivation(Derivation d) {
        Object[] evidence = d.evidence().stream()
                .map(e -> RowFactory.create(e.signal(), e.text(), e.weight())).toArray();
        return RowFactory.create(d.source(), d.copy(), d.kind().jsonName(), d.credited(),
                d.confidence(), d.directed(), evidence, d.runnerUpSource(), d.runnerUpWeight());
    }

    static Derivation derivation(Row r) {
        List<Evidence> evidence = new ArrayList<>();
        for (Object o : r.getList(6)) {
            Row e = (Row) o;
            evidence.add(new Evidence(e.getString(0), e.getString(1), e.isNullAt(2) ? null : e.getDouble(2)));
        }
        return new Derivation(r.getString(0), r.getString(1),
                DerivationKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)), r.getBoolean(3),
                r.getDouble(4), r.getBoolean(5), evidence, r.getString(7), r.getDouble(8));
    }

    static Row family(QuoteFamily f) {
        List<Row> vs = new ArrayList<>();
        for (QuoteVariant v : f.variants()) {
            Quote q = v.quote();
            Object[] diff = v.diff().stream().map(d -> RowFactory.create(d.op().name(), d.text())).toArray();
            vs.add(RowFactory.create(q.article(), q.span().start(), q.span().end(), q.text(),
                    q.partial(), q.speakerAsWritten(), q.speaker(), q.cue(),
                    v.relation().jsonName(), diff));
        }
        return RowFactory.create(f.id(), f.speaker(), f.wording(), vs.toArray());
    }

    static QuoteFamily family(Row r) {
        List<QuoteVariant> vs = new ArrayList<>();
        for (Row v : r.<Row>getList(3)) {
            Quote q = new Quote(v.getString(0), new Span(v.getInt(1), v.getInt(2)), v.getString(3),
                    v.getBoolean(4), v.getString(5), v.getString(6), v.getString(7));
            List<DiffSegment> diff = new ArrayList<>();
            for (Row d : v.<Row>getList(9)) {
                diff.add(new DiffSegment(DiffSegment.Op.valueOf(d.getString(0)), d.getString(1)));
            }
            vs.add(new QuoteVariant(q, VariantRelation.valueOf(v.getString(8).toUpperCase(Locale.ROOT)), diff));
        }
        return new QuoteFamily(r.getString(0), r.getString(1), r.getString(2), vs);
    }

    @SuppressWarnings("unchecked")
    private static List<String> toStrings(Object o) {
        if (o instanceof List<?> l) {
            return (List<String>) l;
        }
        if (o instanceof scala.collection.Seq<?> s) {
            return (List<String>) (List<?>) scala.jdk.javaapi.CollectionConverters.asJava(s);
        }
        throw new IllegalArgumentException("not a list: " + o);
    }
}
