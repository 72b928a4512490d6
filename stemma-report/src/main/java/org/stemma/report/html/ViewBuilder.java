package org.stemma.report.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stemma.align.EditOp;
import org.stemma.align.Link;
import org.stemma.align.Passage;
import org.stemma.align.PassageKind;
import org.stemma.align.PassageOps;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.quote.QuoteFamily;
import org.stemma.quote.QuoteVariant;
import org.stemma.story.Story;
import org.stemma.report.html.Views.ArticleSummary;
import org.stemma.report.html.Views.ArticleView;
import org.stemma.report.html.Views.DiffView;
import org.stemma.report.html.Views.Graph;
import org.stemma.report.html.Views.GraphEdge;
import org.stemma.report.html.Views.GraphNode;
import org.stemma.report.html.Views.LinkRow;
import org.stemma.report.html.Views.LinkView;
import org.stemma.report.html.Views.OpView;
import org.stemma.report.html.Views.OutletEdge;
import org.stemma.report.html.Views.OutletGraph;
import org.stemma.report.html.Views.OutletNode;
import org.stemma.report.html.Views.PassageView;
import org.stemma.report.html.Views.QuoteFamilyView;
import org.stemma.report.html.Views.QuoteMark;
import org.stemma.report.html.Views.StorySummary;
import org.stemma.report.html.Views.StoryView;
import org.stemma.report.html.Views.VariantView;

/** Builds the UI's {@link Views} from the pipeline's records. Pure functions. */
public final class ViewBuilder {
    private ViewBuilder() {
    }

    public static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.outlet(), a.title(), a.published(), a.url(), a.text().length());
    }

    /** The article with its quotations (those of {@code families} in it) and its story's id. */
    public static ArticleView article(Article a, String storyId, Collection<QuoteFamily> families) {
        List<QuoteMark> marks = new ArrayList<>();
        for (QuoteFamily f : families) {
            for (QuoteVariant v : f.variants()) {
                if (v.quote().article().equals(a.id()) && v.quote().span().end() <= a.text().length()) {
                    marks.add(new QuoteMark(f.id(), span(v.quote().span()), v.relation().jsonName(),
                            v.quote().speaker() != null ? v.quote().speaker() : f.speaker()));
                }
            }
        }
        return new ArticleView(a.id(), a.source(), a.url(), a.canonicalUrl(), a.outlet(), a.title(), a.published(),
                a.author(), a.language(), a.text(), a.removedChars(), a.removed(), a.related(), storyId, marks,
                a.furniture());
    }

    /**
     * The link; given both articles' texts, each verbatim or edited passage carries its word diff
     * ({@link PassageOps}) and the changed words of each side.
     */
    public static LinkView link(Link l, Article a, Article b) {
        List<PassageView> passages = new ArrayList<>();
        for (Passage p : l.passages()) {
            List<EditOp> ops = a == null || b == null || p.kind() == PassageKind.PARAPHRASE ? null
                    : PassageOps.of(a.text(), p.a(), b.text(), p.b());
            List<int[]> inA = new ArrayList<>();
            List<int[]> inB = new ArrayList<>();
            List<OpView> opViews = null;
            if (ops != null) {
                opViews = new ArrayList<>(ops.size());
                for (EditOp o : ops) {
                    opViews.add(new OpView(o.op().jsonName(), span(o.a()), span(o.b()), o.a().of(a.text()),
                            o.b().of(b.text())));
                    if (o.op() != EditOp.Kind.EQUAL) {
                        if (o.a().length() > 0) {
                            inA.add(span(o.a()));
                        }
                        if (o.b().length() > 0) {
                            inB.add(span(o.b()));
                        }
                    }
                }
            }
            passages.add(new PassageView(span(p.a()), span(p.b()), p.kind().jsonName(), p.similarity(),
                    inA, inB, opViews));
        }
        return new LinkView(l.a(), l.b(), l.kind().jsonName(), l.coverageA(), l.coverageB(), passages);
    }

    public static StorySummary storySummary(Story s) {
        return new StorySummary(s.id(), s.title(), s.start(), s.end(), s.outlets(), s.articles().size(), s.names());
    }

    /**
     * The story with its articles (those of {@code articles} it names), its provenance graph
     * (the {@code derivations} whose copy is in the story) and its {@code links}.
     */
    public static StoryView story(Story s, Collection<Article> articles, Collection<Derivation> derivations,
                                  Collection<Link> links) {
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        List<ArticleSummary> members = new ArrayList<>();
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        for (String id : s.articles()) {
            Article a = byId.get(id);
            if (a != null) {
                members.add(summary(a));
                nodes.put(id, new GraphNode(id, a.outlet(), a.published(), a.title(), false));
            } else {
                nodes.put(id, new GraphNode(id, null, null, null, false));
            }
        }
        List<GraphEdge> edges = new ArrayList<>();
        for (Derivation d : derivations) {
            if (!nodes.containsKey(d.copy())) {
                continue;
            }
            if (!nodes.containsKey(d.source())) {
                boolean external = d.fromExternal();
                String name = external ? d.source().substring(Derivation.EXTERNAL_PREFIX.length()) : null;
                nodes.put(d.source(), new GraphNode(d.source(), name, null, null, external));
            }
            edges.add(new GraphEdge(d.source(), d.copy(), d.kind().jsonName(), d.credited(), d.confidence(),
                    d.directed(), d.evidenceText()));
        }
        List<LinkView> linkViews = links.stream()
                .filter(l -> nodes.containsKey(l.a()) && nodes.containsKey(l.b()))
                .map(l -> link(l, null, null)).toList();
        return new StoryView(s.id(), s.title(), s.start(), s.end(), s.outlets(), s.names(), members, s.lineages(),
                new Graph(List.copyOf(nodes.values()), edges), linkViews);
    }

    /** Name of the outlet node of articles without an outlet. */
    public static final String NO_OUTLET = "(no outlet)";

    /**
     * The story's provenance between outlets: one node per outlet of {@code members} (by
     * {@code outletOf}; {@link #NO_OUTLET} for none) and per external source, one edge per pair
     * of outlets with the count of derivations by kind. Derivations whose copy is not a member,
     * and undirected ones, are left out.
     */
    public static OutletGraph outletGraph(List<String> members, Map<String, String> outletOf,
                                          Collection<Derivation> derivations) {
        Map<String, int[]> nodes = new LinkedHashMap<>();
        java.util.Set<String> memberSet = new java.util.HashSet<>(members);
        for (String id : members) {
            nodes.computeIfAbsent(outletOf.getOrDefault(id, NO_OUTLET), k -> new int[2])[0]++;
        }
        Map<String, int[]> edges = new LinkedHashMap<>();
        for (Derivation d : derivations) {
            // an undetermined direction says nothing of which outlet took from which
            if (!memberSet.contains(d.copy()) || !d.directed()) {
                continue;
            }
            String source;
            if (d.fromExternal()) {
                source = d.source().substring(Derivation.EXTERNAL_PREFIX.length());
                nodes.computeIfAbsent(Derivation.EXTERNAL_PREFIX + source, k -> new int[] {0, 1});
                source = Derivation.EXTERNAL_PREFIX + source;
            } else {
                source = outletOf.getOrDefault(d.source(), NO_OUTLET);
                nodes.computeIfAbsent(source, k -> new int[2]);
            }
            String copy = outletOf.getOrDefault(d.copy(), NO_OUTLET);
            int[] e = edges.computeIfAbsent(source + "\u0000" + copy, k -> new int[5]);
            e[0]++;
            switch (d.kind()) {
                case COPY -> e[1]++;
                case PARTIAL -> e[2]++;
                case REWRITE -> e[3]++;
                default -> { }
            }
            if (!d.credited()) {
                e[4]++;
            }
        }
        List<OutletNode> nodeList = new ArrayList<>();
        nodes.forEach((outlet, n) -> {
            boolean external = n[1] == 1;
            nodeList.add(new OutletNode(external ? outlet.substring(Derivation.EXTERNAL_PREFIX.length()) : outlet,
                    n[0], external));
        });
        List<OutletEdge> edgeList = new ArrayList<>();
        edges.forEach((key, e) -> {
            int cut = key.indexOf('\u0000');
            String source = key.substring(0, cut);
            if (source.startsWith(Derivation.EXTERNAL_PREFIX)) {
                source = source.substring(Derivation.EXTERNAL_PREFIX.length());
            }
            edgeList.add(new OutletEdge(source, key.substring(cut + 1), e[0], e[1], e[2], e[3], e[4]));
        });
        return new OutletGraph(nodeList, edgeList);
    }

    /** A link in a list, with its two articles' summaries (null when not at hand). */
    public static LinkRow linkRow(Link l, ArticleSummary a, ArticleSummary b) {
        return new LinkRow(a != null ? a : new ArticleSummary(l.a(), null, null, null, null, 0),
                b != null ? b : new ArticleSummary(l.b(), null, null, null, null, 0),
                l.kind().jsonName(), l.coverageA(), l.coverageB(), l.passages().size());
    }

    /** The family with each variant's outlet, headline and date looked up in {@code articles}. */
    public static QuoteFamilyView quoteFamily(QuoteFamily f, Map<String, Article> articles) {
        List<VariantView> variants = new ArrayList<>();
        for (QuoteVariant v : f.variants()) {
            Article a = articles.get(v.quote().article());
            variants.add(new VariantView(v.quote().article(), a == null ? null : a.outlet(),
                    a == null ? null : a.title(), a == null ? null : a.published(), v.quote().text(), span(v.quote().span()),
                    v.quote().speakerAsWritten(), v.quote().speaker(), v.quote().cue(), v.relation().jsonName(),
                    v.diff().stream().map(d -> new DiffView(d.op().name().toLowerCase(java.util.Locale.ROOT), d.text()))
                            .toList()));
        }
        return new QuoteFamilyView(f.id(), f.speaker(), f.wording(), variants);
    }

    private static int[] span(org.stemma.text.Span s) {
        return new int[] {s.start(), s.end()};
    }
}
