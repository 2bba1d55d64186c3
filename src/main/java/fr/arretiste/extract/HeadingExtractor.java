package fr.arretiste.extract;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.LowerCourt;

/**
 * Court, chamber, date, decision type, case numbers and the decision under appeal, read mostly from the
 * heading (the entête, cut at the first words that open a decision's body). The lower court is read first:
 * its date and number are then never taken for the decision's own.
 */
public final class HeadingExtractor {
    /** Heading length assumed when the zones found none. */
    private static final int DEFAULT_HEADING = 5000;

    private final CourtFinder courts = new CourtFinder();
    private final LowerCourtFinder lowerCourts = new LowerCourtFinder();
    private final DecisionDateFinder dates = new DecisionDateFinder();
    private final ChamberFinder chambers = new ChamberFinder();
    private final CaseNumberFinder numbers = new CaseNumberFinder();

    public Heading extract(RulingText ruling) {
        String text = ruling.text();
        Map<String, String> metadata = ruling.metadata();
        int headingEnd = headingEnd(ruling);
        String folded = CaseFold.of(text);
        Court court = courts.find(text, folded, headingEnd, metadata);
        List<LowerCourt> lower = lowerCourts.find(ruling, folded, headingEnd, court);
        Set<String> lowerDates = lower.stream().map(LowerCourt::date).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> lowerNumbers = lower.stream().map(LowerCourt::number).filter(Objects::nonNull)
                .map(CaseNumberFinder::rg).collect(Collectors.toSet());
        DecisionDateFinder.DecisionDate date = dates.find(text, folded, headingEnd, court, metadata, lowerDates);
        List<CaseNumber> caseNumbers = numbers.find(text, folded, headingEnd, court, metadata, lowerNumbers);
        return new Heading(court, chambers.find(text, headingEnd, court, metadata), date.date(), date.decisionType(),
                caseNumbers, lower);
    }

    private static int headingEnd(RulingText ruling) {
        String text = ruling.text();
        int end = ruling.zones().entete() != null ? ruling.zones().entete().end() : Math.min(text.length(), DEFAULT_HEADING);
        LineStartMatcher body = new LineStartMatcher(HeadingPatterns.BODY_START, text, 0, end);
        return body.find() ? body.matcher().start() : end;
    }
}
