package fr.arretiste.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import fr.arretiste.extract.PartyBlockReader.RoleBlock;
import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;

/**
 * The parties to this instance, their roles and their lawyers. A Cour de cassation decision names
 * them in its opening sentence ({@link CassationPartyReader}); the other courts list them in the
 * heading under role labels ({@link PartyBlockReader}), and each listed party's name and lawyers
 * are read by {@link PartyNameReader} and {@link LawyerReader}.
 */
public final class PartyExtractor {
    // ---- every pattern of the extractor, in one place ----
    /** A guardian or curator acting for a protected person is not a party (GUIDELINES.md, People). */
    private static final Pattern GUARDIAN = Pattern.compile("(?iu)\\b(?:[eè]s[ -]?qualit[ée]s?|en (?:sa )?qualit[ée])\\s+"
            + "(?:de\\s+)?(?:curat|tut|mandataire (?:judiciaire )?[àa] la protection|administrat(?:eur|rice) l[ée]gale?)");
    /** What a person's name looks like: two to four words, each capitalised ("Margaret SUZANNE", not "Ministère public"). */
    private static final Pattern NAME_SHAPE = Pattern.compile("^\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}$");
    /** A mention that speaks of counsel. */
    private static final Pattern AVOCAT = Pattern.compile("(?iu)\\bavocat");
    /** "Représentés par Me X" after several parties: the lawyers of all of them. */
    private static final Pattern SHARED_COUNSEL = Pattern.compile(
            "(?iu)\\b(?:repr[ée]sent[ée]e?s|assist[ée]e?s)\\s+par\\b");

    /** Reads a person's name where {@link PartyNameReader} reads none (null: rules only). */
    private final NameFinder finder;
    /** Tells the kind of a name written alone, which the rules take for a company (null: rules only). */
    private final PartyKindClassifier kinds;
    /** The finder reads every name, the rules none: the "models only" ablation. */
    private final boolean modelOnly;

    /** Rules only. */
    public PartyExtractor() {
        this(null, null, false);
    }

    /**
     * @param finder    reads a natural person's name in a party's first line where the rules read none
     * @param kinds     tells whether a name written alone is a natural person's
     * @param modelOnly the finder reads every name (an ablation to measure it alone)
     */
    public PartyExtractor(NameFinder finder, PartyKindClassifier kinds, boolean modelOnly) {
        this.finder = finder;
        this.kinds = kinds;
        this.modelOnly = modelOnly && finder != null;
    }

    public List<Party> extract(RulingText ruling) {
        String text = ruling.text();
        if (CassationPartyReader.applies(text)) {
            return CassationPartyReader.read(text);
        }
        List<Party> parties = new ArrayList<>();
        for (RoleBlock block : PartyBlockReader.read(text.substring(0, HeadingRegion.end(ruling)))) {
            parties.addAll(parties(block));
        }
        return parties;
    }

    /** The parties of one block; lawyers named once for several parties ("Représentés par") go to each. */
    private List<Party> parties(RoleBlock block) {
        List<Party> parties = new ArrayList<>();
        int waitingFrom = 0; // first party of the block still without lawyers
        for (String mention : block.parties()) {
            String nameLine = mention.lines().findFirst().orElse("");
            PartyName name = name(nameLine);
            if (name == null || GUARDIAN.matcher(nameLine).find()
                    || parties.stream().anyMatch(p -> p.name().equals(name.name()))) {
                continue;
            }
            List<Lawyer> lawyers = lawyers(mention);
            if (!lawyers.isEmpty() && SHARED_COUNSEL.matcher(mention).find()) {
                for (int i = waitingFrom; i < parties.size(); i++) {
                    Party p = parties.get(i);
                    parties.set(i, new Party(p.name(), p.legalForm(), p.kind(), p.role(), lawyers));
                }
            }
            parties.add(new Party(name.name(), name.legalForm(), name.kind(), block.role(), lawyers));
            if (!lawyers.isEmpty()) {
                waitingFrom = parties.size();
            }
        }
        return parties;
    }

    /**
     * The lawyers {@link LawyerReader} reads, else, where the mention speaks of an "avocat", those
     * the name finder finds (their bar unknown to it).
     */
    private List<Lawyer> lawyers(String mention) {
        List<Lawyer> ruled = modelOnly ? List.of() : LawyerReader.read(mention);
        if (!ruled.isEmpty() || finder == null || !AVOCAT.matcher(mention).find()) {
            return ruled;
        }
        return finder.find(mention, 0, mention.length()).stream().filter(f -> f.type().equals(NameFinder.LAWYER))
                .map(f -> new Lawyer(f.span().of(mention), null)).distinct().toList();
    }

    /**
     * The name the rules read, else the natural person the name finder finds. A name written alone
     * ("Margaret SUZANNE") the rules take for a company's; the kind classifier may say otherwise.
     */
    private PartyName name(String nameLine) {
        PartyName ruled = modelOnly ? null : PartyNameReader.read(nameLine, false);
        if (ruled != null) {
            boolean alone = PartyName.MORALE.equals(ruled.kind()) && ruled.legalForm() == null
                    && nameLine.strip().startsWith(ruled.name()) && NAME_SHAPE.matcher(ruled.name()).matches();
            return alone && kinds != null && kinds.person(ruled.name()) ? new PartyName(ruled.name(), null, PartyName.PHYSIQUE) : ruled;
        }
        String found = finder == null ? null : finder.first(nameLine, NameFinder.PERSON);
        return found == null ? null : new PartyName(found, null, PartyName.PHYSIQUE);
    }
}
