#!/usr/bin/env python3
"""Regenerates kin-nouns.tsv (a stemma-core resource under org/stemma/text) from Princeton WordNet
3.0's database files (Debian package wordnet-base: /usr/share/wordnet).

usage: kin_nouns.py WORDNET_DICT_DIR OUT_DIR

The rule (the file's header states it again): every one-word lower-case lemma of a synset in the
hyponym closure of relative.n.01 (10235549, "a person related by another by blood or marriage");
"first" when the word's most frequent noun sense is in the closure, else "other"; "wnOFFSET" its
most frequent sense there. In use ("kin"): every "first" word. WordNet's irregular plurals
(noun.exc) of the words in use are listed too, marked "plural-of-WORD".
"""
import os
import sys

from document_nouns import write_list
from wordnet_nouns import closure, marks, read_data, read_index

KIN_ROOTS = ["10235549"]


def read_exceptions(path):
    """irregular plural -> singular, from WordNet's noun.exc"""
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.setdefault(parts[0], parts[1])
    return out


def main():
    src, out = sys.argv[1], sys.argv[2]
    synsets = read_data(os.path.join(src, "data.noun"))
    senses = read_index(os.path.join(src, "index.noun"))
    found = marks(synsets, closure(synsets, KIN_ROOTS), senses)
    for plural, single in read_exceptions(os.path.join(src, "noun.exc")).items():
        if single in found and found[single][0] == "first" and plural not in found:
            found[plural] = ["plural-of-" + single]
    write_list(os.path.join(out, "kin-nouns.tsv"), "kin-header.txt", found, "kin",
               lambda k: k[0] == "first" or k[0].startswith("plural-of-"))
    print(len(found), "kin rows,", sum(1 for k in found.values() if k[0] == "first"), "in use")


if __name__ == "__main__":
    main()
