package org.stemma.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.stemma.article.Article;

/** {@link Article} as a row of the {@code articles} table, and back. */
final class ArticleRows {

    static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("canonical_url", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("author", DataTypes.StringType)
            .add("language", DataTypes.StringType)
            .add("text", DataTypes.StringType, false)
            .add("removed_chars", DataTypes.IntegerType, false)
            .add("removed", DataTypes.createArrayType(DataTypes.StringType))
            .add("related", DataTypes.createArrayType(DataTypes.StringType))
            .add("furniture", DataTypes.createArrayType(DataTypes.StringType));

    private ArticleRows() {
    }

    /** The article columns, in schema order (for {@code struct(...)}). */
    static org.apache.spark.sql.Column[] columns() {
        String[] names = SCHEMA.fieldNames();
        org.apache.spark.sql.Column[] c = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = org.apache.spark.sql.functions.col(names[i]);
        }
        return c;
    }

    static Row toRow(Article a) {
        return RowFactory.create(a.id(), a.source(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
                a.published(), a.author(), a.language(), a.text(), a.removedChars(),
                a.removed().toArray(new String[0]), a.related().toArray(new String[0]),
                a.furniture().toArray(new String[0]));
    }

    static Article fromRow(Row r) {
        return new Article(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                r.getString(9), r.getInt(10), strings(r, 11), strings(r, 12), strings(r, 13));
    }

    private static List<String> strings(Row r, int i) {
        return r.isNullAt(i) ? List.of() : r.getList(i);
    }
}
