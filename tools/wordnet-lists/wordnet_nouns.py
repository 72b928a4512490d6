#!/usr/bin/env python3
"""Regenerates person-nouns.tsv and utterance-nouns.tsv (stemma-core resources under org/stemma/text)
from Princeton WordNet 3.0's database files (Debian package wordnet-base: /usr/share/wordnet).

usage: wordnet_nouns.py WORDNET_DICT_DIR OUT_DIR [--persons MODE] [--utterances MODE]
  MODE: old, first, all, notverbs, senses, nouns; the shipped files are the defaults

A word's provenance marks, from the rules below (each file's header states them again):
  person nouns: every lemma of a synset of WordNet's lexicographer file noun.person that is one
    word (no '_'), written in lower case letters (hyphens allowed), in a synset that is not an
    instance (named individuals such as "Smith, Adam" are names, not nouns). "first" when the
    word's most frequent noun sense (WordNet orders a word's senses by their SemCor tag counts)
    is such a synset, else "other"; "wnOFFSET" the synset of its most frequent person sense.
    "spokes": the word's noun senses all lie in the hyponym closure of spokesperson.n.01 (10638385).
  utterance nouns: the same marks for the hyponym closure of statement.n.01 (06722453),
    message.n.01 (06253690) and speech_act.n.01 (07160883).
  "hand": a word of the hand list Lexicon held before session 13 (old-person-heads.txt,
    old-cue-nouns.txt beside this script) that the rule does not give.
  "other-pos": SemCor (WordNet's cntlist.rev) tags the word more often as a verb (its own lemma or
    the verb lemma it inflects, as WordNet's morphy finds it: "accused", "have"), an adjective or
    an adverb than as a noun.
Which words are in use ("head" for a person noun, "cue" and "s" for an utterance noun and its
plural) follows the MODE, a rule over the marks; every MODE but "old" also uses the "hand" words
(with their old forms) and drops the old words its rule does not give: "old" the words of the old
hand lists only (session 13); "first" every "first" word; "all" every word; "notverbs" every
"first" word that SemCor tags as a noun at least as often as as a verb; "senses" every word so
tagged, whatever its first sense; "nouns" every "first" word without "other-pos". Plurals are
spelled in Java (org.stemma.text.WordNetNouns).
"""
import os
import re
import sys

LEXFILE_PERSON = 18
SPOKESPERSON = "10638385"
UTTERANCE_ROOTS = ["06722453", "06253690", "07160883"]
WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
USE = {
    "old": "The words (and plurals) of the hand list Lexicon held before session 13, and only they\n"
           "# (the list of session 13, kept to measure against).",
    "first": "Every word marked \"first\": what the word names most often is such a thing. And the\n"
             "# \"hand\" words.",
    "all": "Every word listed, whatever its most frequent sense and part of speech, and\n"
           "# its regular plural; the \"hand\" words with their old forms. Chosen between two rules\n"
           "# (\"first\" and this), the keep-or-drop model refitted for each (its weights kept):\n"
           "# docs/evaluation.md, \"Fourteenth round, word lists in use by rule\".",
    "notverbs": "Every word marked \"first\" (a person is what the word\n"
                "# names most often) that SemCor tags as a noun at least as often as as a verb, counting\n"
                "# the verb a form inflects; and the \"hand\" words. So \"have\", \"accused\", \"judge\" and\n"
                "# \"witness\" are listed but not in use, nor are \"head\" and \"star\" (\"other\"): old hand\n"
                "# words the rule does not give are not in use. Chosen among three rules: docs/evaluation.md,\n"
                "# \"Fourteenth round, word lists in use by rule\".",
    "senses": "Every word, whatever its most frequent sense, that SemCor tags as a noun at least as\n"
              "# often as as a verb. And the \"hand\" words.",
    "nouns": "Every word marked \"first\" and not \"other-pos\": a person is what the word names most\n"
             "# often, and it is written as a noun at least as often as as anything else. And the\n"
             "# \"hand\" words.",
}
HERE = os.path.dirname(os.path.abspath(__file__))


def read_data(path):
    """offset -> (lexfile, [lemmas as written], [hyponym offsets], is an instance)"""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence at the top
            parts = line.split(" | ")[0].split()
            off, lexfile, n_words = parts[0], int(parts[1]), int(parts[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(n_words)]
            p = 4 + 2 * n_words
            hypo, instance = [], False
            for i in range(int(parts[p])):
                sym, target, pos = parts[p + 1 + 4 * i], parts[p + 2 + 4 * i], parts[p + 3 + 4 * i]
                if sym == "~" and pos == "n":
                    hypo.append(target)
                instance = instance or sym == "@i"
            synsets[off] = (lexfile, lemmas, hypo, instance)
    return synsets


def read_index(path):
    """lemma -> its noun synsets, most frequent first"""
    senses = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            n_synsets, n_ptr = int(parts[2]), int(parts[3])
            senses[parts[0]] = parts[6 + n_ptr:6 + n_ptr + n_synsets]
    return senses


def read_counts(src):
    """(lemma, part of speech) -> its SemCor tag count summed over senses (cntlist.rev); adjective
    satellites count as adjectives"""
    counts = {}
    with open(os.path.join(src, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            key, _, n = line.split()
            lemma, pos = key.split("%")[0], "nvara"[int(key.split("%")[1][0]) - 1]
            counts[(lemma, pos)] = counts.get((lemma, pos), 0) + int(n)
    return counts


def verb_bases(src, senses_v):
    """inflected form -> its verb lemmas, as WordNet's morphy finds them: verb.exc, then the
    suffix rules -s, -ies, -es, -ed, -ing"""
    bases = {}
    with open(os.path.join(src, "verb.exc"), encoding="latin-1") as f:
        for line in f:
            form, *lemmas = line.split()
            bases.setdefault(form, set()).update(lemmas)
    rules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")]

    def of(word):
        out = set(bases.get(word, ()))
        for suffix, ending in rules:
            if word.endswith(suffix) and word[:len(word) - len(suffix)] + ending in senses_v:
                out.add(word[:len(word) - len(suffix)] + ending)
        out.discard(word)
        return out
    return of


def noun_dominant(word, counts, bases_of, other_parts=True):
    """Is the word, in SemCor, tagged as a noun at least as often as as a verb (its own lemma or a
    verb it inflects: "accused"), an adjective or an adverb?"""
    noun = counts.get((word, "n"), 0)
    verb = counts.get((word, "v"), 0) + sum(counts.get((b, "v"), 0) for b in bases_of(word))
    if not other_parts:
        return noun >= verb
    return noun >= verb and noun >= counts.get((word, "a"), 0) and noun >= counts.get((word, "r"), 0)


def mark_noun_dominance(found, counts, bases_of):
    for w in found:
        if not noun_dominant(w, counts, bases_of):
            found[w].append("other-pos")


def closure(synsets, roots):
    seen, todo = set(), list(roots)
    while todo:
        o = todo.pop()
        if o not in seen:
            seen.add(o)
            todo.extend(synsets[o][2])
    return seen


def marks(synsets, offsets, senses):
    """word -> [first|other, wnOFFSET] for the one-word lower-case lemmas of offsets"""
    out = {}
    for o in sorted(offsets):
        for lemma in synsets[o][1]:
            order = senses.get(lemma, [])
            mine = [s for s in order if s in offsets]
            if WORD.match(lemma) and mine:
                out[lemma] = ["first" if order[0] in offsets else "other", "wn" + mine[0]]
    return out


def read_list(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [l.strip() for l in f if l.strip() and not l.startswith("#")]


def write(path, header_name, found, old, in_use, extra, use):
    with open(os.path.join(HERE, header_name), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(HERE, "licence.txt"), encoding="utf-8") as f:
        text = text.replace("{LICENCE}\n", f.read())
    text = text.replace("{USE}", USE[use])
    rows = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        for w in sorted(set(found) | set(old)):
            kinds = list(found.get(w, ["hand"])) + extra.get(w, []) + in_use(w)
            f.write(w + "\t" + ",".join(kinds) + "\n")
            rows += 1
    return rows


def main():
    src, out = sys.argv[1], sys.argv[2]
    def option(name, default):
        return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default
    person_use, utterance_use = option("--persons", "notverbs"), option("--utterances", "all")
    synsets = read_data(os.path.join(src, "data.noun"))
    senses = read_index(os.path.join(src, "index.noun"))

    counts = read_counts(src)
    bases_of = verb_bases(src, read_index(os.path.join(src, "index.verb")))

    def chosen(found, word, old, use):
        if use == "old" or word not in found:
            return word in old  # the old hand list, or a "hand" word the rules cannot give
        first = found[word][0] == "first"
        return (use == "all" or use == "first" and first
                or use == "nouns" and first and noun_dominant(word, counts, bases_of)
                or use == "notverbs" and first and noun_dominant(word, counts, bases_of, False)
                or use == "senses" and noun_dominant(word, counts, bases_of, False))

    person = {o for o, s in synsets.items() if s[0] == LEXFILE_PERSON and not s[3]}
    people = marks(synsets, person, senses)
    mark_noun_dominance(people, counts, bases_of)
    spokes_set = closure(synsets, [SPOKESPERSON])
    spokes = {w: ["spokes"] for w in people if all(s in spokes_set for s in senses[w])}
    old_heads = set(read_list("old-person-heads.txt"))
    n = write(os.path.join(out, "person-nouns.tsv"), "person-header.txt", people, old_heads,
              lambda w: ["head"] if chosen(people, w, old_heads, person_use) else [], spokes, person_use)

    utterances = marks(synsets, closure(synsets, UTTERANCE_ROOTS), senses)
    mark_noun_dominance(utterances, counts, bases_of)
    old_cues = read_list("old-cue-nouns.txt")
    old_forms = set(old_cues)
    # the old list held forms: a plural there is the lemma's "s" kind
    singular = {w[:-1] if w.endswith("s") and w[:-1] in utterances or w[:-1] in old_forms else w for w in old_cues}

    def cue_kinds(w):
        if w in singular and (utterance_use == "old" or w not in utterances):
            return (["cue"] if w in old_forms else []) + (["s"] if w + "s" in old_forms else [])
        return ["cue", "s"] if chosen(utterances, w, (), utterance_use) else []

    m = write(os.path.join(out, "utterance-nouns.tsv"), "utterance-header.txt", utterances, singular, cue_kinds, {}, utterance_use)
    print(n, "person rows,", m, "utterance rows; in use:", person_use, utterance_use)


if __name__ == "__main__":
    main()
