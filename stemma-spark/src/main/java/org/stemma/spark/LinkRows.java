package org.stemma.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.align.Link;
import org.stemma.align.LinkKind;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.text.Span;

/** {@link Link} as a row of the {@code links} table (passages nested), and back. */
final class LinkRows {

    static final StructType PASSAGE = new StructType()
            .add("a_start", DataTypes.IntegerType, false)
            .add("a_end", DataTypes.IntegerType, false)
            .add("b_start", DataTypes.IntegerType, false)
            .add("b_end", DataTypes.IntegerType, false)
            .add("kind", DataTypes.StringType, false)
            .add("similarity", DataTypes.DoubleType, false);

    static final StructType SCHEMA = new StructType()
            .add("a", DataTypes.StringType, false)
            .add("b", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("coverage_a", DataTypes.DoubleType, false)
            .add("coverage_b", DataTypes.DoubleType, false)
            .add("passages", DataTypes.createArrayType(PASSAGE, false), false);

    private LinkRows() {
    }

    static Row toRow(Link l) {
        List<Row> ps = new ArrayList<>(l.passages().size());
        for (Passage p : l.passages()) {
            ps.add(RowFactory.create(p.a().start(), p.a().end(), p.b().start(), p.b().end(),
                    p.kind().jsonName(), p.similarity()));
        }
        return RowFactory.create(l.a(), l.b(), l.kind().jsonName(), l.coverageA(), l.coverageB(),
                ps.toArray());
    }

    static Link fromRow(Row r) {
        List<Passage> ps = new ArrayList<>();
        for (Row p : r.<Row>getList(5)) {
            ps.add(new Passage(new Span(p.getInt(0), p.getInt(1)), new Span(p.getInt(2), p.getInt(3)),
                    PassageKind.valueOf(p.getString(4).toUpperCase(Locale.ROOT)), p.getDouble(5)));
        }
        return new Link(r.getString(0), r.getString(1),
                LinkKind.valueOf(r.getString(2).toUpperCase(Locale.ROOT)), r.getDouble(3),
                r.getDouble(4), ps);
    }
}
