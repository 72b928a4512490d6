package org.stemma.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stemma.align.Link;
import org.stemma.article.Article;
import org.stemma.provenance.Derivation;
import org.stemma.report.html.ViewBuilder;
import org.stemma.report.html.Views.ArticleSummary;
import org.stemma.report.html.Views.LinkRow;
import org.stemma.report.html.Views.OutletGraph;
import org.stemma.report.html.Views.PageView;
import org.stemma.report.html.Views.StoryPageView;
import org.stemma.report.html.Views.StoryView;
import org.stemma.store.Page;
import org.stemma.store.StemmaStore;
import org.stemma.story.Story;

/**
 * {@code GET /stories/{id}} and {@code GET /stories/{id}/links}: a story a page at a time. The
 * members, their lineages and article-level graph come {@code limit} at a time; the whole story
 * is summarised by its size, its outlet-level graph (read from the outlets' doc values and the
 * derivations, never from article texts) and its link count; its links are their own paged list
 * without passages (those come with {@code /pairs/{a}/{b}}). So the memory and size of an answer
 * are bounded by the page, not by the story.
 */
final class StoryEndpoints {
    /** Largest members page of {@code GET /stories/{id}}. */
    static final int MAX_MEMBERS = 500;
    /** Default members page. */
    static final int DEFAULT_MEMBERS = 100;

    private final StemmaStore store;
    private final int maxPage;

    StoryEndpoints(StemmaStore store, int maxPage) {
        this.store = store;
        this.maxPage = maxPage;
    }

    private Story require(String id) {
        return store.resolveStory(id).orElseThrow(() -> ApiException.notFound("no story with id '" + id + "'"));
    }

    StoryPageView story(Context ctx) {
        Story whole = require(ctx.pathParam("id"));
        List<String> members = whole.articles();
        int from = Math.min(Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE), members.size());
        int limit = Params.intParam(ctx, "limit", DEFAULT_MEMBERS, 1, MAX_MEMBERS);
        List<String> slice = members.subList(from, Math.min(members.size(), from + limit));
        Set<String> onPage = new LinkedHashSet<>(slice);

        List<StemmaStore.Head> heads = store.headsInStoreOrder(slice);
        Map<String, ArticleSummary> summaries = summaries(heads);
        List<Derivation> all = store.derivations(members);
        List<Derivation> pageDerivations = all.stream().filter(d -> onPage.contains(d.copy())).toList();
        Story part = new Story(whole.id(), whole.title(), slice, lineagesWithin(whole, onPage), whole.start(),
                whole.end(), whole.outlets(), whole.names());
        StoryView v = ViewBuilder.story(part, heads.stream().map(StemmaStore.Head::article).toList(), pageDerivations,
                List.of());
        OutletGraph outlets = ViewBuilder.outletGraph(members, store.outletsOf(members), all);
        long links = store.linksWithin(members, 0, 0).total();
        return new StoryPageView(whole.id(), whole.title(), whole.start(), whole.end(), whole.outlets(), members.size(),
                whole.names(), from, limit,
                v.articles().stream().map(a -> summaries.getOrDefault(a.id(), a)).toList(), v.lineages(),
                v.graph(), outlets, links);
    }

    PageView<LinkRow> links(Context ctx) {
        Story whole = require(ctx.pathParam("id"));
        int offset = Params.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = Params.intParam(ctx, "limit", Math.min(50, maxPage), 1, maxPage);
        Page<Link> p = store.linksWithin(whole.articles(), offset, limit);
        Set<String> ends = new HashSet<>();
        p.items().forEach(l -> {
            ends.add(l.a());
            ends.add(l.b());
        });
        Map<String, ArticleSummary> s = summaries(store.headsInStoreOrder(ends));
        List<LinkRow> rows = p.items().stream().map(l -> ViewBuilder.linkRow(l, s.get(l.a()), s.get(l.b()))).toList();
        return new PageView<>(rows, p.offset(), p.limit(), p.total());
    }

    /** The lineages of {@code s} cut to the members in {@code onPage} (those left with one or none dropped). */
    private static List<List<String>> lineagesWithin(Story s, Set<String> onPage) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> l : s.lineages()) {
            List<String> kept = l.stream().filter(onPage::contains).toList();
            if (kept.size() > 1) {
                out.add(kept);
            }
        }
        return out;
    }

    /** Summaries of articles read from their heads (the whole text's length, without the text). */
    static Map<String, ArticleSummary> summaries(List<StemmaStore.Head> heads) {
        Map<String, ArticleSummary> out = new HashMap<>();
        for (StemmaStore.Head h : heads) {
            Article a = h.article();
            out.put(a.id(), new ArticleSummary(a.id(), a.outlet(), a.title(), a.published(), a.url(), h.textLength()));
        }
        return out;
    }
}
