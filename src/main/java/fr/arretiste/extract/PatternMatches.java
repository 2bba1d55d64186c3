package fr.arretiste.extract;

import java.util.regex.Matcher;

/** A pattern's matches in a text, one after another, as {@link Matcher#find()} gives them. */
interface PatternMatches {
    /** Moves to the next match; false when there is none. */
    boolean find();

    /** The matcher holding the current match's groups and offsets. */
    Matcher matcher();
}
