package org.stemma.report.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;
import org.stemma.provenance.Evidence;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphExportTest {

    private final List<Article> articles = List.of(
            Article.builder("a", "text a").outlet("RT").title("Original <headline> & more").build(),
            Article.builder("b", "text b").outlet("MENAFN").build(),
            Article.builder("c", "text c").outlet("MENAFN").build(),
            Article.builder("d", "text d").build());
    private final List<Derivation> derivations = List.of(
            new Derivation("a", "b", DerivationKind.REWRITE, false, 0.8,
                    List.of("b carries the line “MORE: x, y”", "quote \"q\" altered"), "c", 0.3),
            new Derivation("a", "c", DerivationKind.COPY, true, 0.9, List.of("c names RT"), null, 0),
            new Derivation("external:AFP", "a", DerivationKind.PARTIAL, true, 0.7, List.of("a names AFP"), null, 0),
            new Derivation("b", "d", DerivationKind.COPY, false, 0.4, false,
                    List.of(Evidence.note("direction", "Direction undetermined")), null, 0));

    @Test
    void outletGraphCountsReuseAndCredit() {
        OutletGraph g = OutletGraph.of(articles, derivations);
        OutletGraph.Edge rtToMenafn = g.edges().get(0);
        assertThat(rtToMenafn.source()).isEqualTo("RT");
        assertThat(rtToMenafn.copy()).isEqualTo("MENAFN");
        assertThat(rtToMenafn.count()).isEqualTo(2);
        assertThat(rtToMenafn.creditedShare()).isEqualTo(0.5);
        assertThat(rtToMenafn.kinds()).containsEntry(DerivationKind.REWRITE, 1).containsEntry(DerivationKind.COPY, 1);
        assertThat(g.outlets()).extracting(OutletGraph.Outlet::name)
                .containsExactly("MENAFN", "(unknown outlet)", "RT", "AFP");
        assertThat(g.outlets().get(3).external()).isTrue();
    }

    @Test
    void articleGraphIsWellFormedGraphMlWithEveryNodeAndEdge() throws Exception {
        StringWriter w = new StringWriter();
        GraphMl.writeArticleGraph(w, articles, derivations);
        Document doc = parse(w.toString());
        NodeList nodes = doc.getElementsByTagName("node");
        NodeList edges = doc.getElementsByTagName("edge");
        assertThat(nodes.getLength()).isEqualTo(5); // four articles and external:AFP
        assertThat(edges.getLength()).isEqualTo(4);
        Element first = (Element) edges.item(0);
        assertThat(first.getAttribute("source")).isEqualTo("a");
        assertThat(first.getAttribute("target")).isEqualTo("b");
        assertThat(w.toString()).contains("Original &lt;headline&gt; &amp; more");
        assertThat(((Element) doc.getElementsByTagName("graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("directed");
    }

    @Test
    void outletGraphIsWellFormedGraphMl() throws Exception {
        StringWriter w = new StringWriter();
        GraphMl.writeOutletGraph(w, OutletGraph.of(articles, derivations));
        Document doc = parse(w.toString());
        assertThat(doc.getElementsByTagName("node").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("edge").getLength()).isEqualTo(2);
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() throws Exception {
        StringWriter w = new StringWriter();
        EdgeCsv.write(w, articles, derivations);
        String[] rows = w.toString().split("\r\n");
        assertThat(rows).hasSize(5);
        assertThat(rows[0]).isEqualTo(String.join(",", EdgeCsv.COLUMNS));
        assertThat(rows[1]).startsWith("a,b,RT,MENAFN,rewrite,false,0.800,true,c,0.300,\"b carries the line “MORE: x, y” | quote \"\"q\"\" altered\"");
        assertThat(rows[3]).startsWith("external:AFP,a,AFP,RT,partial,true");
        assertThat(rows[4]).startsWith("b,d,MENAFN,,copy,false,0.400,false,");
    }

    @Test
    void anUndeterminedDirectionIsAnUndirectedEdgeAndNoOutletReuse() throws Exception {
        StringWriter w = new StringWriter();
        GraphMl.writeArticleGraph(w, articles, derivations);
        Document doc = parse(w.toString());
        org.w3c.dom.NodeList edges = doc.getElementsByTagName("edge");
        assertThat(edges.getLength()).isEqualTo(4);
        assertThat(((org.w3c.dom.Element) edges.item(0)).getAttribute("directed")).isEqualTo("true");
        assertThat(((org.w3c.dom.Element) edges.item(3)).getAttribute("directed")).isEqualTo("false");
        assertThat(OutletGraph.of(articles, derivations).edges()).noneMatch(e -> e.copy().equals("(unknown outlet)"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
