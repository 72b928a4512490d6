package org.stemma.quote;

import java.util.List;
import java.util.Set;

/**
 * A capitalised run found in an article ({@link MentionFinder}).
 *
 * @param start      first char of the run
 * @param end        char after the run
 * @param tokenStart first token (a {@link Lex} index)
 * @param tokenEnd   token after the run
 * @param name       the name's words as written, titles left out, possessive removed
 * @param roles      lower-case words of the titles and role phrases given with it
 * @param org        the name holds an organisation word ("Ministry", "Council")
 * @param strong     a title inside the run or a verb of saying beside it: certainly a name
 * @param titled     a title or person role goes with it
 * @param possessive written with a possessive ("Diarra's")
 * @param inQuote    inside a quotation
 * @param speaks     a verb of saying beside it ("Diarra told", "said Diarra", "according to Diarra")
 * @param subject    it opens its sentence (after titles, a short role or an adverbial)
 */
record Mention(int start, int end, int tokenStart, int tokenEnd, List<String> name, Set<String> roles,
               boolean org, boolean strong, boolean titled, boolean possessive, boolean inQuote, boolean speaks,
               boolean subject) {
}
