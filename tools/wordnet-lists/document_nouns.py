#!/usr/bin/env python3
"""Regenerates document-nouns.tsv (a stemma-core resource under org/stemma/text) from Princeton
WordNet 3.0's database files (Debian package wordnet-base: /usr/share/wordnet).

usage: document_nouns.py WORDNET_DICT_DIR OUT_DIR

The rule (the file's header states it again): every one-word lower-case lemma of a synset in the
hyponym closure of document.n.01 (06470073), document.n.02 (03217458), written_record.n.01
(06502378) and announcement.n.02 (06746580); "first" when the word's most frequent noun sense
is in the closure, else "other"; "wnOFFSET" its most frequent sense there. In use ("doc"): every "first" word.
"""
import os
import sys

from wordnet_nouns import HERE, closure, marks, read_data, read_index

DOCUMENT_ROOTS = ["06470073", "03217458", "06502378", "06746580"]


def main():
    src, out = sys.argv[1], sys.argv[2]
    synsets = read_data(os.path.join(src, "data.noun"))
    senses = read_index(os.path.join(src, "index.noun"))
    found = marks(synsets, closure(synsets, DOCUMENT_ROOTS), senses)
    write_list(os.path.join(out, "document-nouns.tsv"), "document-header.txt", found, "doc", lambda k: k[0] == "first")
    print(len(found), "document rows,", sum(1 for k in found.values() if k[0] == "first"), "in use")


def write_list(path, header_name, found, use, in_use):
    """the header (licence filled in), then each word and its marks, with use when in_use(marks)"""
    with open(os.path.join(HERE, header_name), encoding="utf-8") as f:
        text = f.read()
    with open(os.path.join(HERE, "licence.txt"), encoding="utf-8") as f:
        text = text.replace("{LICENCE}\n", f.read())
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
        for w in sorted(found):
            kinds = found[w] + ([use] if in_use(found[w]) else [])
            f.write(w + "\t" + ",".join(kinds) + "\n")


if __name__ == "__main__":
    main()
