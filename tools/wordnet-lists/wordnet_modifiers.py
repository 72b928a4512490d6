#!/usr/bin/env python3
"""Regenerates noun-modifiers.tsv (stemma-core resource under org/stemma/text) from Princeton WordNet
3.0's database files (Debian package wordnet-base: /usr/share/wordnet).

usage: wordnet_modifiers.py WORDNET_DICT_DIR OUT_FILE

The rule: kind "adj" for every adjective lemma of data.adj that is one word (hyphens allowed) and
that WordNet writes with a capital ("French", "Israeli", "Democratic": proper adjectives); kind "n"
for every noun lemma of data.noun that is one word written in lower case letters (hyphens allowed)
("colony", "official"); kind "plural-of-X" for noun.exc's irregular plural forms of such nouns
("media" plural-of-medium). Quote attribution reads it through org.stemma.text.NounModifiers: a
capitalised proper adjective before a lower-case noun modifies that noun ("the former French
colonies"); it names nobody.
"""
import os
import re
import sys

WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")
HERE = os.path.dirname(os.path.abspath(__file__))


def lemmas(path):
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence at the top
            parts = line.split(" ")
            for i in range(int(parts[3], 16)):
                yield re.sub(r"\([a-z]+\)$", "", parts[4 + 2 * i])  # adjective markers: "(p)", "(a)"


def main(src, out):
    adjectives = set()
    for lemma in lemmas(os.path.join(src, "data.adj")):
        if lemma[0].isupper() and WORD.match(lemma.lower()):
            adjectives.add(lemma.lower())
    nouns = set(l for l in lemmas(os.path.join(src, "data.noun")) if WORD.match(l))
    # the nouns common-words.tsv already holds (WordNet never capitalises them) are read from there
    common = os.path.join(HERE, "..", "..", "stemma-core", "src", "main", "resources", "org", "stemma", "text",
                          "common-words.tsv")
    with open(common, encoding="utf-8") as f:
        common_nouns = set(l.split("\t")[0] for l in f if not l.startswith("#") and l.rstrip("\n").endswith("\tn"))
    plurals = {}
    with open(os.path.join(src, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            form, base = line.split()[:2]
            if WORD.match(form) and base in nouns and form not in nouns:
                plurals[form] = base
    with open(os.path.join(HERE, "licence.txt"), encoding="utf-8") as f:
        licence = f.read()
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        f.write(licence)
        f.write("#\n# word<TAB>kind (adj, n, plural-of-X)\n")
        for w in sorted(adjectives):
            f.write(w + "\tadj\n")
        for w in sorted(nouns - common_nouns):
            f.write(w + "\tn\n")
        for w in sorted(plurals):
            f.write(w + "\tplural-of-" + plurals[w] + "\n")


HEADER = """# Noun modifiers: proper adjectives and common nouns, so that a capitalised adjective before a
# lower-case noun ("the former French colonies", "two Israeli soldiers", "Chinese state media") is
# read as a modifier of the noun, not as a person's name ("French" is a first name and a surname
# too). Quote attribution reads it through org.stemma.text.NounModifiers.
#
# Provenance. Princeton WordNet 3.0 (George A. Miller, "WordNet: A Lexical Database for English",
# CACM 38(11), 1995; Christiane Fellbaum (ed.), "WordNet: An Electronic Lexical Database", MIT Press,
# 1998), files data.adj, data.noun and noun.exc as Debian ships them (package wordnet-base
# 1:3.0-37, /usr/share/wordnet). Regenerate with tools/wordnet-lists/wordnet_modifiers.py. The rule:
# adj: every adjective lemma that is one word (hyphens allowed) and that WordNet writes with a
# capital; n: every noun lemma that is one word written in lower case letters (hyphens allowed),
# except those common-words.tsv lists as nouns (WordNet never capitalises them; the reader takes
# them from there, their one home); plural-of-X: the irregular plurals noun.exc gives for those nouns. Regular plurals are not listed
# (the reader forms them). All words lower case.
#
"""

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
