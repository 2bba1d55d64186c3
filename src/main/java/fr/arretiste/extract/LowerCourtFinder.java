package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.LowerCourt;
import fr.arretiste.ruling.Span;

/**
 * The decision under appeal or review, read from, in this order: the heading's label for it ("Décision
 * déférée à la Cour : jugement du 20 février 2024, rendu par le juge de l'exécution du tribunal judiciaire de
 * Dijon - RG : 23/02313"); the decision a pourvoi or an appeal is brought against ("contre l'arrêt rendu le 17
 * mai 2021 par la cour d'appel de Paris"); the exposé's story of the decision that was then appealed ("Par
 * jugement du 20 février 2024, le juge... Par déclaration du 6 mars 2024, Mme [L] a relevé appel").
 */
final class LowerCourtFinder {
    /** How far after its label a lower decision's court, date and number are looked for. */
    private static final int WINDOW = 320;
    /** How far after "Par jugement" its date must come. */
    private static final int DATE_REACH = 120;

    /** Courts that judge another court's decision: only they have a lower court. */
    private static final Set<String> REVIEWING = Set.of("cour_appel", "cour_cassation", "cour_administrative_appel", "conseil_etat");

    List<LowerCourt> find(RulingText ruling, ScannedText scanned, int headingEnd, Court court) {
        if (court != null && !REVIEWING.contains(court.kind())) {
            return List.of();
        }
        String text = ruling.text();
        List<LowerCourt> found = labelled(text, scanned.words(HeadingPatterns.LOWER_LABEL));
        if (found.isEmpty() && court != null) {
            found = against(text.substring(0, headingEnd), scanned.words(HeadingPatterns.LOWER_AGAINST, headingEnd),
                    court.kind().equals("cour_cassation"));
        }
        if (found.isEmpty() && court != null) {
            Span reasons = ruling.zones().motivation() != null ? ruling.zones().motivation() : ruling.zones().dispositif();
            int storyEnd = reasons == null ? text.length() : reasons.start();
            LowerCourt narrated = narrated(text.substring(0, storyEnd), scanned.words(HeadingPatterns.LOWER_NARRATED, storyEnd));
            found = narrated == null ? List.of() : List.of(narrated);
        }
        return withReference(found, scanned.words(HeadingPatterns.LOWER_REFERENCE, headingEnd));
    }

    /** A heading may give the lower decision's number apart: "(Réf 1ère instance : 23/00379)". */
    private static List<LowerCourt> withReference(List<LowerCourt> found, StartMatcher reference) {
        if (!reference.find()) {
            return found;
        }
        String number = reference.matcher().group("number");
        if (found.isEmpty()) {
            return List.of(new LowerCourt(null, null, null, number));
        }
        List<LowerCourt> all = new ArrayList<>(found);
        LowerCourt first = all.get(0);
        if (first.number() == null) {
            all.set(0, new LowerCourt(first.court(), first.city(), first.date(), number));
        }
        return all;
    }

    /**
     * One lower decision per label and date; a label inside the window of the previous one describes the same
     * decision. The court is named after the label, or before it where JuriCA puts its origin ("origine
     * Tribunal de Commerce de LYON, décision attaquée en date du...").
     */
    private static List<LowerCourt> labelled(String text, StartMatcher labels) {
        List<LowerCourt> found = new ArrayList<>();
        int covered = 0;
        while (labels.find()) {
            Matcher m = labels.matcher();
            if (m.start() < covered) {
                continue;
            }
            int lineStart = text.lastIndexOf('\n', m.start()) + 1;
            if (text.substring(lineStart, m.start()).isBlank() && lineStart > 0) {
                lineStart = text.lastIndexOf('\n', lineStart - 2) + 1; // the label opens its line: its court ends the one before
            }
            int end = windowEnd(text, m.end());
            covered = end;
            String after = text.substring(m.end(), end);
            String before = text.substring(lineStart, m.start());
            boolean origin = HeadingPatterns.ORIGIN.matcher(before).find();
            List<String> decisions = m.group("plural") != null ? List.of(HeadingPatterns.NEXT_DECISION.split(after)) : List.of(after);
            for (String decision : decisions) {
                String own = FrenchDates.first(decision);
                String date = own != null || !origin ? own : FrenchDates.first(before);
                if (date != null && found.stream().noneMatch(f -> date.equals(f.date()))) {
                    String numbered = decisions.size() == 1 ? text.substring(m.start(), end) : decision;
                    found.add(lowerCourt(origin ? before : decision, date, number(numbered)));
                }
            }
        }
        return found;
    }

    /** "contre l'arrêt rendu le...": all of them in a Cour de cassation heading (joined pourvois), else the first. */
    private static List<LowerCourt> against(String heading, StartMatcher against, boolean all) {
        Set<LowerCourt> found = new LinkedHashSet<>();
        while ((all || found.isEmpty()) && against.find()) {
            Matcher m = against.matcher();
            String sentence = heading.substring(m.end(), sentenceEnd(heading, m.end()));
            Matcher date = HeadingPatterns.ANY_DATE.matcher(sentence);
            if (date.find() && FrenchDates.iso(date) != null) {
                found.add(lowerCourt(sentence, FrenchDates.iso(date), number(sentence.substring(0, date.start()))));
            }
        }
        return new ArrayList<>(found);
    }

    /**
     * Of the dated decisions the story (up to the court's reasons) tells of, the last one an appeal follows
     * ("Par jugement du 3 octobre 2023, le tribunal de commerce de Rennes a... Le 30 novembre 2023, la société a
     * fait appel du jugement"); the first one told when no appeal is told.
     */
    private static LowerCourt narrated(String story, StartMatcher narrations) {
        List<Integer> starts = new ArrayList<>();
        List<LowerCourt> told = new ArrayList<>();
        while (narrations.find()) {
            Matcher m = narrations.matcher();
            String sentence = story.substring(m.end(), sentenceEnd(story, m.end()));
            Matcher date = HeadingPatterns.ANY_DATE.matcher(sentence);
            if (date.find() && date.start() <= DATE_REACH && FrenchDates.iso(date) != null) {
                starts.add(m.end());
                told.add(lowerCourt(sentence, FrenchDates.iso(date), null));
            }
        }
        for (int i = told.size() - 1; i >= 0; i--) {
            int until = i + 1 < told.size() ? starts.get(i + 1) : story.length();
            if (HeadingPatterns.APPEAL_LODGED.matcher(story).region(starts.get(i), until).find()) {
                return told.get(i);
            }
        }
        return told.isEmpty() ? null : told.get(0);
    }

    private static int sentenceEnd(String text, int from) {
        int end = windowEnd(text, from);
        Matcher stop = HeadingPatterns.SENTENCE_END.matcher(text).region(from, end);
        return stop.find() ? stop.start() : end;
    }

    private static int windowEnd(String text, int from) {
        int end = Math.min(text.length(), from + WINDOW);
        Matcher stop = HeadingPatterns.LOWER_WINDOW_END.matcher(text).region(from, end);
        return stop.find() ? stop.start() : end;
    }

    private static LowerCourt lowerCourt(String text, String date, String number) {
        CourtNameReader.NamedCourt court = CourtNameReader.read(text);
        return new LowerCourt(court == null ? null : court.name(), court == null ? null : court.city(), date, number);
    }

    private static String number(String text) {
        Matcher m = HeadingPatterns.LOWER_NUMBER.matcher(text);
        if (!m.find()) {
            return null;
        }
        return m.group("number") != null ? m.group("number") : m.group("bare");
    }
}
