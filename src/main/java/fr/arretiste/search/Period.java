package fr.arretiste.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.arretiste.search.RulingQueryParser.BadValueException;

/** The days a date of a query stands for: a day, a whole month ("2022-05") or a whole year ("2022"). */
record Period(LocalDate first, LocalDate last) {
    /** ISO date, cut after the year or the month. */
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    static Period parse(String text) throws BadValueException {
        Matcher m = ISO_PREFIX.matcher(text.strip());
        if (!m.matches()) {
            throw new BadValueException("a date is YYYY-MM-DD, YYYY-MM or YYYY, not '" + text + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new Period(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new Period(day, day);
        } catch (DateTimeException e) {
            throw new BadValueException("no such date '" + text + "'");
        }
    }
}
