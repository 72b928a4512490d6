#!/usr/bin/env python3
"""Regenerates wordnet-places.tsv (a stemma-core resource under org/stemma/text) from Princeton
WordNet 3.0's data.noun (Debian package wordnet-base: /usr/share/wordnet).

usage: wordnet_places.py WORDNET_DICT_DIR OUT_DIR

The rule (the file's header states it again): every one-word lemma of a synset of the lexicographer
file noun.location (15) written as a name (a capital, then lower-case letters; hyphenated parts
likewise), three letters or more; marked with the data.noun offset of its first such synset.
"""
import os
import re
import sys

from document_nouns import write_list

LEXFILE_LOCATION = "15"
NAME = re.compile(r"^[A-Z][a-z]+(-[A-Z]?[a-z]+)*$")


def main():
    src, out = sys.argv[1], sys.argv[2]
    found = {}
    with open(os.path.join(src, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue  # the licence at the top of the file
            parts = line.split()
            if parts[1] != LEXFILE_LOCATION:
                continue
            for i in range(int(parts[3], 16)):
                word = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])  # adjective markers such as "(a)"
                if NAME.match(word) and len(word) >= 3 and word not in found:
                    found[word] = ["wn" + parts[0]]
    write_list(os.path.join(out, "wordnet-places.tsv"), "places-header.txt", found, "place", lambda k: True)
    print(len(found), "place names")


if __name__ == "__main__":
    main()
