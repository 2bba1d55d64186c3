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
        ScannedText scanned = ScannedText.of(text);
        int headingEnd = headingEnd(ruling, scanned);
        Court court = courts.find(scanned, headingEnd, metadata);
        List<LowerCourt> lower = lowerCourts.find(ruling, scanned, headingEnd, court);
        Set<String> lowerDates = lower.stream().map(LowerCourt::date).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> lowerNumbers = lower.stream().map(LowerCourt::number).filter(Objects::nonNull)
                .map(CaseNumberFinder::rg).collect(Collectors.toSet());
        DecisionDateFinder.DecisionDate date = dates.find(scanned, headingEnd, court, metadata, lowerDates);
        List<CaseNumber> caseNumbers = numbers.find(scanned, headingEnd, court, metadata, lowerNumbers);
        return new Heading(court, chambers.find(text, headingEnd, court, metadata), date.date(), date.decisionType(),
                caseNumbers, lower);
    }

    private static int headingEnd(RulingText ruling, ScannedText scanned) {
        String text = ruling.text();
        int end = ruling.zones().entete() != null ? ruling.zones().entete().end() : Math.min(text.length(), DEFAULT_HEADING);
        StartMatcher body = scanned.lines(HeadingPatterns.BODY_START, end);
        return body.find() ? body.matcher().start() : end;
    }
}
