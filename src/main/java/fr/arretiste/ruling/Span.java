package fr.arretiste.ruling;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Character offsets {@code [start, end)} in the extracted text; written as a two-number array, as the schema wants. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
