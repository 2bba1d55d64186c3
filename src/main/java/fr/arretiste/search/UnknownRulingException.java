package fr.arretiste.search;

import java.util.NoSuchElementException;

/** No ruling of the index has this id. */
public final class UnknownRulingException extends NoSuchElementException {
    private final String id;

    public UnknownRulingException(String id) {
        super("no ruling " + id + " in the index");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
