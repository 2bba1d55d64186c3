package fr.arretiste.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

/**
 * Snippets with the matches between "**", and no other "**" in them: an asterisk of the text
 * itself ("ARRÊT DU 08/12/2022 ****") is shown as the asterisk operator "∗", so that a reader,
 * or the page, can take every "**" for a mark.
 */
final class SnippetFormatter extends DefaultPassageFormatter {
    static final String MARK = "**";

    SnippetFormatter() {
        super(MARK, MARK, " … ", false);
    }

    @Override
    protected void append(StringBuilder dest, String content, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = content.charAt(i);
            dest.append(c == '*' ? '\u2217' : c);
        }
    }
}
