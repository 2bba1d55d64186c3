package fr.arretiste.extract;

/**
 * Length-preserving clean-up of extracted text, so that offsets found in the clean text stay
 * true in the text Tika gave: every character is replaced by exactly one character.
 * <ul>
 * <li>no-break and other Unicode spaces become a plain space ("17&nbsp;370 euros");</li>
 * <li>typographic apostrophes and quotes become ASCII ones (rules need to match "l'article" once);</li>
 * <li>characters of the private-use area, which PDF fonts leave for glyphs they could not map,
 * become a space;</li>
 * <li>a left single quote standing for a lost "œ" ligature before a letter ("‘uvrant") becomes "œ".</li>
 * </ul>
 */
public final class TextCleaner {
    private TextCleaner() {
    }

    public static String clean(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= ' ' && c < '`' || c > '`' && c < '\u007F') {
                continue; // printable ASCII but the backquote, most of any text, is kept
            }
            if (c == '\u2018' && i + 1 < out.length && Character.isLowerCase(out[i + 1])
                    && (i == 0 || !Character.isLetter(out[i - 1]))) {
                out[i] = 'œ';
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\u2009' || c == '\u200A'
                    || c == '\t' || (c >= '\u2000' && c <= '\u2006') || c == '\u2008') {
                out[i] = ' ';
            } else if (c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u00B4' || c == '`') {
                out[i] = '\'';
            } else if (c == '\u201C' || c == '\u201D' || c == '\u201E') {
                out[i] = '"';
            } else if (c == '\u2013' || c == '\u2014' || c == '\u2011' || c == '\u2010') {
                out[i] = '-';
            } else if (c >= '\uE000' && c <= '\uF8FF') {
                out[i] = ' ';
            } else if (c == '\r' || c == '\f' || c == '\u000B') {
                out[i] = '\n';
            }
        }
        return new String(out);
    }
}
