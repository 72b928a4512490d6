package org.stemma.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.stemma.story.Lineages;
import org.stemma.story.PublishedTime;
import org.stemma.story.Story;
import org.stemma.text.Tokenizer;

/**
 * Turns the stories a {@link StoryAlgorithm} found over a batch's neighbourhood into the stored
 * stories' new state, with stable ids.
 *
 * <p><b>Small stories</b> (all members in the neighbourhood) are replaced by what the algorithm
 * found: they may grow, merge or split. <b>Big stories</b> (only some members in the
 * neighbourhood, so that a batch's cost does not grow with them) keep every member: a local
 * story holding one of their members joins them (new members are added, lineages that now share
 * an article are merged), and two big stories joined by one local story merge. A big story never
 * splits here. A replaced article leaves its old story and joins wherever its new version falls.
 *
 * <p><b>Ids.</b> Each resulting story takes the id of the old story it shares most members with
 * (ties: the larger old story, then the smaller id); each old id goes to one story at most. So a
 * story keeps its id as it grows, and when stories merge the merged story keeps the id of the one
 * it shares most with; the other old ids become aliases of it. A story with no old id gets the
 * algorithm's (a hash of its members), changed if a stored story or alias already uses it.
 */
final class StoryLedger {
    /** The stories to write and, for each old id that no story keeps, the id it now resolves to. */
    record Outcome(List<Story> stories, Map<String, String> aliases) {
    }

    private StoryLedger() {
    }

    /**
     * @param oldStories the stored stories the batch touches
     * @param big        ids of those of {@code oldStories} that were only partly in the neighbourhood
     * @param local      the algorithm's stories over the neighbourhood
     * @param replaced   ids of stored articles whose new version is in the batch
     * @param taken      true for an id a stored story or alias uses
     */
    static Outcome reconcile(List<Story> oldStories, Set<String> big, List<Story> local, Set<String> replaced,
                             Predicate<String> taken) {
        Map<String, Story> bigById = new LinkedHashMap<>();
        Map<String, String> bigOf = new HashMap<>();
        for (Story s : oldStories) {
            if (big.contains(s.id())) {
                Story kept = without(s, replaced);
                bigById.put(s.id(), kept);
                kept.articles().forEach(a -> bigOf.put(a, s.id()));
            }
        }
        // components of local stories and the big stories they touch: units 0..L-1 local, L.. big
        List<String> bigIds = new ArrayList<>(bigById.keySet());
        int units = local.size() + bigIds.size();
        List<Set<Integer>> adjacent = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            adjacent.add(new LinkedHashSet<>());
        }
        for (int i = 0; i < local.size(); i++) {
            for (String a : local.get(i).articles()) {
                String b = bigOf.get(a);
                if (b != null) {
                    int u = local.size() + bigIds.indexOf(b);
                    adjacent.get(i).add(u);
                    adjacent.get(u).add(i);
                }
            }
        }
        List<List<Integer>> components = new ArrayList<>();
        boolean[] seen = new boolean[units];
        for (int start = 0; start < units; start++) {
            if (seen[start]) {
                continue;
            }
            List<Integer> c = new ArrayList<>();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>(List.of(start));
            seen[start] = true;
            while (!queue.isEmpty()) {
                int u = queue.poll();
                c.add(u);
                for (int v : adjacent.get(u)) {
                    if (!seen[v]) {
                        seen[v] = true;
                        queue.add(v);
                    }
                }
            }
            components.add(c);
        }
        List<Story> provisional = new ArrayList<>();
        for (List<Integer> c : components) {
            List<Story> bigs = new ArrayList<>();
            List<Story> locals = new ArrayList<>();
            for (int u : c) {
                if (u < local.size()) {
                    locals.add(local.get(u));
                } else {
                    bigs.add(bigById.get(bigIds.get(u - local.size())));
                }
            }
            if (bigs.isEmpty()) {
                provisional.addAll(locals);
            } else {
                Story merged = merge(bigs, locals);
                if (merged.articles().size() > 1) {
                    provisional.add(merged);
                }
            }
        }
        return assignIds(oldStories, provisional, taken);
    }

    /** The story without the {@code replaced} articles (in members and lineages). */
    private static Story without(Story s, Set<String> replaced) {
        if (replaced.isEmpty() || s.articles().stream().noneMatch(replaced::contains)) {
            return s;
        }
        List<String> members = s.articles().stream().filter(a -> !replaced.contains(a)).toList();
        List<List<String>> lineages = new ArrayList<>();
        for (List<String> l : s.lineages()) {
            List<String> kept = l.stream().filter(a -> !replaced.contains(a)).toList();
            if (kept.size() > 1) {
                lineages.add(kept);
            }
        }
        return new Story(s.id(), s.title(), members, lineages, s.start(), s.end(), s.outlets(), s.names());
    }

    /**
     * Big stories and the local stories joining them: the largest big story's members first,
     * then the others', then the new ones in the local stories' order; lineages sharing an
     * article merged; the earliest start, the latest end, the outlets in order of appearance; the
     * largest big story's title and names.
     */
    private static Story merge(List<Story> bigs, List<Story> locals) {
        bigs.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        Set<String> members = new LinkedHashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        String start = null;
        String end = null;
        String title = null;
        List<List<String>> lineages = new ArrayList<>();
        List<Story> all = new ArrayList<>(bigs);
        all.addAll(locals);
        for (Story s : all) {
            members.addAll(s.articles());
            outlets.addAll(s.outlets());
            lineages.addAll(s.lineages());
            start = earlier(start, s.start()) ? start : s.start();
            if (s.end() != null && (end == null || earlier(end, s.end()))) {
                end = s.end();
            }
            if (title == null) {
                title = s.title();
            }
        }
        return new Story(bigs.get(0).id(), title, List.copyOf(members), Lineages.merge(lineages), start, end,
                List.copyOf(outlets), bigs.get(0).names());
    }

    /** True if {@code a} is known and before {@code b} (or {@code b} is unknown). */
    private static boolean earlier(String a, String b) {
        if (a == null) {
            return false;
        }
        if (b == null) {
            return true;
        }
        PublishedTime ta = PublishedTime.parse(a);
        PublishedTime tb = PublishedTime.parse(b);
        if (ta == null || tb == null) {
            return ta != null;
        }
        return ta.epochSecond() <= tb.epochSecond();
    }

    private static Outcome assignIds(List<Story> oldStories, List<Story> stories, Predicate<String> taken) {
        record Overlap(int story, Story old, int shared) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Set<String> members = new HashSet<>(stories.get(i).articles());
            for (Story old : oldStories) {
                int shared = (int) old.articles().stream().filter(members::contains).count();
                if (shared > 0) {
                    overlaps.add(new Overlap(i, old, shared));
                }
            }
        }
        overlaps.sort(Comparator.comparingInt((Overlap o) -> -o.shared())
                .thenComparingInt(o -> -o.old().articles().size()).thenComparing(o -> o.old().id()));
        String[] ids = new String[stories.size()];
        Set<String> used = new HashSet<>();
        for (Overlap o : overlaps) {
            if (ids[o.story()] == null && !used.contains(o.old().id())) {
                ids[o.story()] = o.old().id();
                used.add(o.old().id());
            }
        }
        for (int i = 0; i < stories.size(); i++) {
            if (ids[i] == null) {
                String id = stories.get(i).id();
                for (int salt = 2; used.contains(id) || taken.test(id); salt++) {
                    id = "story-" + String.format("%016x", Tokenizer.fnv1a64(stories.get(i).id() + "#" + salt)).substring(0, 12);
                }
                ids[i] = id;
                used.add(id);
            }
        }
        List<Story> out = new ArrayList<>();
        for (int i = 0; i < stories.size(); i++) {
            Story s = stories.get(i);
            out.add(new Story(ids[i], s.title(), s.articles(), s.lineages(), s.start(), s.end(), s.outlets(), s.names()));
        }
        // an old id no story kept resolves to the story holding most of its members
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Overlap o : overlaps) {
            if (!used.contains(o.old().id()) && !aliases.containsKey(o.old().id())) {
                aliases.put(o.old().id(), ids[o.story()]);
            }
        }
        out.sort(Comparator.comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id));
        return new Outcome(out, aliases);
    }
}
