#!/usr/bin/env python3
"""Regenerates common-words.tsv (stemma-core resource under org/stemma/text) from Princeton WordNet
3.0's database files (Debian package wordnet-base: /usr/share/wordnet).

usage: wordnet_common.py WORDNET_DICT_DIR OUT_FILE

The rule: every lemma of data.noun, data.verb, data.adj and data.adv that is one word (no '_'),
written in lower case letters (hyphens allowed), and that WordNet never writes with a capital in
any synset ("story", "striking", "needless": common words; not "brown", "may" or "wood", which
WordNet also has as a name, "Brown", "May", "Wood"). Its kinds: the parts of speech WordNet gives
it, n (noun), v (verb), a (adjective, satellites included), r (adverb). Quote attribution reads
it through org.stemma.text.CommonWords: a capitalised word only such a list knows is page text,
not a name, where nothing else in the article makes it one.
"""
import os
import re
import sys

WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
FILES = [("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")]
HERE = os.path.dirname(os.path.abspath(__file__))


def main(src, out):
    kinds = {}
    capitalised = set()
    for pos, name in FILES:
        with open(os.path.join(src, "data." + name), encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue  # the licence at the top
                parts = line.split(" ")
                for i in range(int(parts[3], 16)):
                    lemma = re.sub(r"\([a-z]+\)$", "", parts[4 + 2 * i])  # adjective markers: "(p)", "(a)"
                    if WORD.match(lemma):
                        kinds.setdefault(lemma, set()).add(pos)
                    elif WORD.match(lemma.lower()):
                        capitalised.add(lemma.lower())
    with open(os.path.join(HERE, "licence.txt"), encoding="utf-8") as f:
        licence = f.read()
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write(licence)
        f.write("#\n# word<TAB>kinds (n, v, a, r)\n")
        for w in sorted(kinds):
            if w not in capitalised:
                f.write(w + "\t" + ",".join(p for p, _ in FILES if p in kinds[w]) + "\n")


HEADER = """# Common words: words English writes in lower case, so that a capitalised one at a sentence's start
# or in a headline is page text, not a name ("Story continues below", "Striking workers", "Needless
# to say"). Quote attribution reads it through org.stemma.text.CommonWords.
#
# Provenance. Princeton WordNet 3.0 (George A. Miller, "WordNet: A Lexical Database for English",
# CACM 38(11), 1995; Christiane Fellbaum (ed.), "WordNet: An Electronic Lexical Database", MIT Press,
# 1998), files data.noun, data.verb, data.adj and data.adv as Debian ships them (package wordnet-base
# 1:3.0-37, /usr/share/wordnet). Regenerate with tools/wordnet-lists/wordnet_common.py. The rule:
# every lemma that is one word (no space), written in lower case letters (hyphens allowed), that
# WordNet never writes capitalised in any synset (so not "brown", "may", "wood": WordNet has "Brown",
# "May", "Wood" as names too). Kinds: the parts of speech WordNet gives the word, n (noun), v (verb),
# a (adjective, satellites included), r (adverb).
#
"""

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
