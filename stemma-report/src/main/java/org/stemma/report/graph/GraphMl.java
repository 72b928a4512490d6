package org.stemma.report.graph;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.provenance.DerivationKind;

/**
 * Writes the provenance graph as GraphML (readable by Gephi, yEd, Cytoscape, networkx,
 * igraph): the article graph (articles and external origins as nodes, derivations as edges
 * source → copy, undirected where the direction is undetermined) and the outlet graph
 * ({@link OutletGraph}).
 */
public final class GraphMl {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    private GraphMl() {
    }

    /** The article-level graph. Articles outside any derivation are included as lone nodes. */
    public static void writeArticleGraph(Writer out, List<Article> articles, List<Derivation> derivations)
            throws IOException {
        try {
            XMLStreamWriter x = start(out);
            key(x, "label", "node", "label", "string");
            key(x, "outlet", "node", "outlet", "string");
            key(x, "published", "node", "published", "string");
            key(x, "external", "node", "external", "boolean");
            key(x, "kind", "edge", "kind", "string");
            key(x, "credited", "edge", "credited", "boolean");
            key(x, "confidence", "edge", "confidence", "double");
            key(x, "directed", "edge", "directed", "boolean");
            key(x, "runnerUp", "edge", "runnerUp", "string");
            key(x, "runnerUpWeight", "edge", "runnerUpWeight", "double");
            key(x, "evidence", "edge", "evidence", "string");
            graph(x, "articles");
            Set<String> ids = new LinkedHashSet<>();
            for (Article a : articles) {
                if (!ids.add(a.id())) {
                    continue;
                }
                x.writeStartElement("node");
                x.writeAttribute("id", a.id());
                data(x, "label", a.title() == null ? org.stemma.provenance.ArticleLabel.of(a) : a.title());
                data(x, "outlet", a.outlet());
                data(x, "published", a.published());
                data(x, "external", "false");
                x.writeEndElement();
            }
            for (Derivation d : derivations) {
                for (String id : List.of(d.source(), d.copy())) {
                    if (ids.add(id)) {
                        boolean ext = id.startsWith(Derivation.EXTERNAL_PREFIX);
                        x.writeStartElement("node");
                        x.writeAttribute("id", id);
                        data(x, "label", id);
                        data(x, "outlet", ext ? id.substring(Derivation.EXTERNAL_PREFIX.length()) : null);
                        data(x, "external", Boolean.toString(ext));
                        x.writeEndElement();
                    }
                }
            }
            int n = 0;
            for (Derivation d : derivations) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", d.source());
                x.writeAttribute("target", d.copy());
                // An undetermined direction is an undirected edge (GraphML lets edges override the graph's default).
                x.writeAttribute("directed", Boolean.toString(d.directed()));
                data(x, "kind", d.kind().jsonName());
                data(x, "credited", Boolean.toString(d.credited()));
                data(x, "confidence", number(d.confidence()));
                data(x, "directed", Boolean.toString(d.directed()));
                data(x, "runnerUp", d.runnerUpSource());
                data(x, "runnerUpWeight", d.runnerUpSource() == null ? null : number(d.runnerUpWeight()));
                data(x, "evidence", String.join("\n", d.evidenceText()));
                x.writeEndElement();
            }
            end(x);
        } catch (XMLStreamException e) {
            throw new IOException("writing GraphML: " + e.getMessage(), e);
        }
    }

    /** The outlet-level graph: node weight = articles, edge weight = derivations. */
    public static void writeOutletGraph(Writer out, OutletGraph g) throws IOException {
        try {
            XMLStreamWriter x = start(out);
            key(x, "label", "node", "label", "string");
            key(x, "articles", "node", "articles", "int");
            key(x, "external", "node", "external", "boolean");
            key(x, "weight", "edge", "weight", "int");
            key(x, "credited", "edge", "credited", "int");
            key(x, "creditedShare", "edge", "creditedShare", "double");
            for (DerivationKind k : DerivationKind.values()) {
                key(x, k.jsonName(), "edge", k.jsonName(), "int");
            }
            graph(x, "outlets");
            for (OutletGraph.Outlet o : g.outlets()) {
                x.writeStartElement("node");
                x.writeAttribute("id", o.name());
                data(x, "label", o.name());
                data(x, "articles", Integer.toString(o.articles()));
                data(x, "external", Boolean.toString(o.external()));
                x.writeEndElement();
            }
            int n = 0;
            for (OutletGraph.Edge e : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + n++);
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.copy());
                data(x, "weight", Integer.toString(e.count()));
                data(x, "credited", Integer.toString(e.credited()));
                data(x, "creditedShare", number(e.creditedShare()));
                for (DerivationKind k : DerivationKind.values()) {
                    data(x, k.jsonName(), Integer.toString(e.kinds().getOrDefault(k, 0)));
                }
                x.writeEndElement();
            }
            end(x);
        } catch (XMLStreamException e) {
            throw new IOException("writing GraphML: " + e.getMessage(), e);
        }
    }

    private static XMLStreamWriter start(Writer out) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("graphml");
        x.writeDefaultNamespace(NS);
        x.writeCharacters("\n");
        return x;
    }

    private static void graph(XMLStreamWriter x, String id) throws XMLStreamException {
        x.writeStartElement("graph");
        x.writeAttribute("id", id);
        x.writeAttribute("edgedefault", "directed");
        x.writeCharacters("\n");
    }

    private static void end(XMLStreamWriter x) throws XMLStreamException {
        x.writeEndElement(); // graph
        x.writeCharacters("\n");
        x.writeEndElement(); // graphml
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
    }

    private static void key(XMLStreamWriter x, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", forWhat);
        x.writeAttribute("attr.name", name);
        x.writeAttribute("attr.type", type);
        x.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    /** Drops characters XML 1.0 cannot carry. */
    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
            if (!ok && b == null) {
                b = new StringBuilder(s.substring(0, i));
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
