package org.stemma.provenance;

/**
 * A "READ MORE:"/"MORE:"/related headline seen on an article's page.
 *
 * @param key    comparison key (normalised words)
 * @param text   as written, with its cue ("MORE: Ukraine linked to…")
 * @param inline true when it sits glued inside a paragraph of the main text rather than on a
 *               line or block of its own: furniture that leaked into the body
 */
public record Headline(String key, String text, boolean inline) {
}
