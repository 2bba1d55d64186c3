package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Lawyer;
import fr.arretiste.ruling.Party;

/** Headings copied from the shared rulings (file named above each case), with the parties they name. */
class PartyExtractorTest {
    private static final String MORALE = "personne_morale";
    private static final String PHYSIQUE = "personne_physique";

    private final PartyExtractor extractor = new PartyExtractor();

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void readsThePartiesOfAHeading(String source, String heading, List<Party> expected) {
        assertEquals(expected, extractor.extract(RulingText.of(heading)));
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                // ca-dijon-2024-10-22-24-00403.txt: labels before their parties, pseudonymised person, "S.A." company
                Arguments.of("cour d'appel, labels first", """
                        APPELANT :
                        Monsieur [O] [W]
                        né le [Date naissance 3] 1987 à [Localité 6] (21)
                        [Adresse 1]
                        [Localité 2]
                        représenté par Me Frédérique FOVEAU, membre de la SELARL OPPIDUM CONSEILS, avocat au barreau de CHALON-SUR-SAONE
                        INTIMÉE :
                        S.A. MAAF ASSURANCES prise en la personne de ses représentants légaux domiciliés au siège :
                        [Adresse 5]
                        [Localité 4]
                        représentée par Me Jean-Hugues CHAUMARD, membre de la SCP CHAUMARD TOURAILLE, avocat au barreau de DIJON, vestiaire : 96
                        COMPOSITION DE LA COUR :
                        Viviane CAULLIREAU-FOREL, Président de chambre,
                        """, List.of(
                        party("[O] [W]", null, PHYSIQUE, "appelant", lawyer("Frédérique FOVEAU", "Chalon-sur-Saone")),
                        party("MAAF ASSURANCES", "SA", MORALE, "intime", lawyer("Jean-Hugues CHAUMARD", "Dijon")))),
                // ca-douai-2022-12-08-21-01153.txt: company names in mixed case, the representative is no party
                Arguments.of("Douai web capture", """
                        APPELANTE
                        SAS D2L Informatique, représentée par sa présidente, Madame [N] [B]
                        ayant son siège social [Adresse 1]
                        représentée par Me Martine Vandenbussche, avocat au barreau de Lille, avocat constitué
                        assistée de Me Ségolène Roulle-Mirza, avocat au barreau de Tours, avocat plaidant
                        INTIMÉE
                        SAS Pictime Groupe, prise en la personne de son représentant légal
                        ayant son siège social [Adresse 2]
                        représentée par Me Kenza Gaillard-Benkhalef, avocat au barreau de Lille, avocat constitué
                        assistée de Me Anne-Sophie Poggi, avocat au barreau de Paris, avocat plaidant
                        DÉBATS à l'audience publique du 05 octobre 2022
                        """, List.of(
                        party("D2L Informatique", "SAS", MORALE, "appelant",
                                lawyer("Martine Vandenbussche", "Lille"), lawyer("Ségolène Roulle-Mirza", "Tours")),
                        party("Pictime Groupe", "SAS", MORALE, "intime",
                                lawyer("Kenza Gaillard-Benkhalef", "Lille"), lawyer("Anne-Sophie Poggi", "Paris")))),
                // ca-lyon-2024-10-22-20-06085.txt: an ordonnance of the mise en état, labels after their parties
                Arguments.of("labels after their parties", """
                        Affaire : Jugement Au fond, origine Tribunal de Commerce de LYON, décision attaquée en date du 13 Octobre 2020, enregistrée sous le n° 2019J236
                        S.A.S. FLAT LEASE GROUP
                        Représentant : Me Romain LAFFLY de la SELARL LX LYON, avocat au barreau de LYON, toque : 938
                        APPELANTE
                        S.A.R.L. COMTESSE
                        Représentant : Me Jean-baptiste BADO de la SELARL ABEILLE & ASSOCIES - LYON, avocat au barreau de LYON, toque : 421
                        INTIMEE
                        Nous, Sophie DUMURGIER, Présidente chargée de la mise en état, assistée de Clémence RUILLAT, Greffière,
                        """, List.of(
                        party("FLAT LEASE GROUP", "SAS", MORALE, "appelant", lawyer("Romain LAFFLY", "Lyon")),
                        party("COMTESSE", "SARL", MORALE, "intime", lawyer("Jean-baptiste BADO", "Lyon")))),
                // silver/ca-lyon-2024-10-22-22-06147.json (replacement names, accents restored): one lawyer for two parties
                Arguments.of("replacement names, shared lawyer", """
                        APPELANTS :
                        M. Mathilde Jacques
                        né le 03/03/1990 1980 à [Localité 8]
                        5, boulevard Adèle Devaux
                        61184 Saint AdélaïdeVille
                        [Localité 8]
                        Mme William Clémence épouse Jacques
                        née le 24/06/1948 1981 à [Localité 12]
                        5, boulevard Adèle Devaux
                        61184 Saint AdélaïdeVille
                        [Localité 8]
                        Représentés par Me Florent MATHEVET BOUCHET de la SELARL BLG AVOCATS, avocat au barreau de ROANNE
                        INTIMEES :
                        La SCI LOUCHRIS
                        18, rue de Colas
                        58115 CollinBourg
                        La société ACM PLOMBERIE
                        18, rue de Colas
                        58115 CollinBourg
                        Représentés par Me Sylvain NIORD de la SELAS D.F.P & ASSOCIES, avocat au barreau de SAINT-ETIENNE, toque : 125
                         * * * * * *
                        """, List.of(
                        party("Mathilde Jacques", null, PHYSIQUE, "appelant", lawyer("Florent MATHEVET BOUCHET", "Roanne")),
                        party("William Clémence épouse Jacques", null, PHYSIQUE, "appelant",
                                lawyer("Florent MATHEVET BOUCHET", "Roanne")),
                        party("LOUCHRIS", "SCI", MORALE, "intime", lawyer("Sylvain NIORD", "Saint-Etienne")),
                        party("ACM PLOMBERIE", null, MORALE, "intime", lawyer("Sylvain NIORD", "Saint-Etienne")))),
                // ca-grenoble-2024-10-22-22-02661.txt: a firm named alone counts as a lawyer, not the one after a person
                Arguments.of("law firm alone", """
                        APPELANTS :
                        M. [E] [R]
                        [Adresse 2]
                        Mme [I] [O] épouse [R]
                        [Localité 6]
                        représentés par Me Jean-Bruno PETIT de la SELARL L. LIGAS-RAYMOND - JB PETIT, avocat au barreau de GRENOBLE, postulant
                        et par la SELARL SAINT-EXUPERY AVOCATS, avocats au Barreau de Lyon
                        INTIM ÉE :
                        La société ADVIVO, prise en la personne de son représentant légal en exercice domicilié es-qualités audit siège.
                        [Adresse 8]
                        représentée par Me Amandine PHILIP, avocat au barreau de GRENOBLE
                        et représentée par Maître Grégory MOLLION, avocat au Barreau de Grenoble, de la SELARL CONSEIL AFFAIRES PUBLIQUES,
                        COMPOSITION DE LA COUR :
                        """, List.of(
                        party("[E] [R]", null, PHYSIQUE, "appelant", lawyer("Jean-Bruno PETIT", "Grenoble"),
                                lawyer("SELARL SAINT-EXUPERY AVOCATS", "Lyon")),
                        party("[I] [O] épouse [R]", null, PHYSIQUE, "appelant", lawyer("Jean-Bruno PETIT", "Grenoble"),
                                lawyer("SELARL SAINT-EXUPERY AVOCATS", "Lyon")),
                        party("ADVIVO", null, MORALE, "intime", lawyer("Amandine PHILIP", "Grenoble"),
                                lawyer("Grégory MOLLION", "Grenoble")))),
                // ca-douai-2024-10-22-24-02103.txt: a préfet is a public body; the ministère public "partie jointe" has role autre
                Arguments.of("préfet and partie jointe", """
                        APPELANT
                        M. [I] [X]
                        assisté de Me Gaetan DREMIERE, avocat au barreau de DOUAI, avocat commis d'office et de Mme [K] [E] interprète en langue arabe
                        INTIMÉ
                        M. LE PREFET DU PAS DE CALAIS
                        dûment avisé, absent, représenté par Maître Sarah KERRICH, avocate au barreau de Lille substituant le 'Cabinet CENTAURE', avocats de Paris
                        PARTIE JOINTE
                        M. le procureur général près la cour d'appel de Douai : non comparant
                        MAGISTRATE DELEGUEE : Marie LE BRAS, Président de chambre
                        """, List.of(
                        party("[I] [X]", null, PHYSIQUE, "appelant", lawyer("Gaetan DREMIERE", "Douai")),
                        party("PREFET DU PAS DE CALAIS", null, MORALE, "intime", lawyer("Sarah KERRICH", "Lille")),
                        party("procureur général près la cour d'appel de Douai", null, MORALE, "autre"))),
                // tj-bobigny-2024-11-15-22-08964-5582.txt: replacement names, labels after their parties, the curator is no party
                Arguments.of("tribunal judiciaire, curator", """
                        N° de Minute : 23/00875
                        S.A. DIAC
                        Immatriculée au RCS de Bobigny sous le n°702 002 221
                        82, rue Vincent Barbier
                        19816 Sainte Claude
                        Perrot
                        représentée par Me Charles-hubert OLIVIER,
                        avocat au barreau de PARIS,
                        vestiaire : L0029
                        DEMANDEUR
                        C/
                        Monsieur Charles Stéphanie sous la curatelle de Mme Margaud Philippe
                        72, chemin Sébastien Barbier
                        82312 Chauvet
                        Chartier
                        représenté par Me Manuela LALOT,
                        avocat au barreau de SEINE-SAINT-DENIS,
                        vestiaire : PB116
                        Madame Margaud Philippe es qualité de curatrice de Monsieur Charles Stéphanie
                        Mandataire Judiciaire à la Protection des Majeurs
                        représentée par Me Manuela LALOT,
                        avocat au barreau de SEINE-SAINT-DENIS,
                        DEFENDEURS
                        JUGE DE LA MISE EN ÉTAT :
                        """, List.of(
                        party("DIAC", "SA", MORALE, "demandeur", lawyer("Charles-hubert OLIVIER", "Paris")),
                        party("Charles Stéphanie", null, PHYSIQUE, "defendeur",
                                lawyer("Manuela LALOT", "Seine-Saint-Denis")))),
                // ca-metz-2024-10-22-24-00870.txt: no labels, the sides split by "À"
                Arguments.of("opposant : ... Et ... À ...", """
                        Dans l'affaire N° RG 24/00870 - N° Portalis DBVS-V-B7I-GIH5 opposant :
                        M. le procureur de la République
                        Et
                        M. LE PREFET DE COTE D'OR
                        À
                        M. [N] [P]
                         né le 11 Juin 1998 à [Localité 1] EN HONGRIE
                        Vu la décision de M. LE PREFET DE COTE D'OR prononçant l'obligation de quitter le territoire français
                        """, List.of(
                        party("procureur de la République", null, MORALE, "demandeur"),
                        party("PREFET DE COTE D'OR", null, MORALE, "demandeur"),
                        party("[N] [P]", null, PHYSIQUE, "defendeur"))),
                // cass-2024-10-23-23-15726.txt: the pourvoi sentence and the observations of the avocats aux Conseils
                Arguments.of("Cour de cassation, civil", """
                        Pourvoi n° U 23-15.726
                        DÉCISION DE LA COUR DE CASSATION, CHAMBRE SOCIALE, DU 23 OCTOBRE 2024
                        La société Krantz & Cuvelier-Hutin, société civile professionnelle, dont le siège est [Adresse 1], a formé le pourvoi n° U 23-15.726 contre l'arrêt rendu le 19 janvier 2023 par la cour d'appel de Paris (pôle 6, chambre 8), dans le litige l'opposant :
                         1°/ à M. [R] [J], domicilié [Adresse 3],
                         2°/ à Pôle emploi, dont le siège est [Adresse 2],
                         défendeurs à la cassation.
                         Le dossier a été communiqué au procureur général.
                         Sur le rapport de Mme Sommé, conseiller, les observations écrites de la SCP Françoise Fabiani - François Pinatel, avocat de la société Krantz & Cuvelier-Hutin, de la SCP Duhamel, avocat de M. [J], après débats en l'audience publique du 25 septembre 2024 où étaient présents M. Huglo, conseiller doyen faisant fonction de président, Mme Sommé, conseiller rapporteur, M. Rinuy, conseiller, et Mme Aubac, greffier de chambre,
                        """, List.of(
                        party("Krantz & Cuvelier-Hutin", "SCP", MORALE, "demandeur_pourvoi",
                                lawyer("SCP Françoise Fabiani - François Pinatel", null)),
                        party("[R] [J]", null, PHYSIQUE, "defendeur_pourvoi", lawyer("SCP Duhamel", null)),
                        party("Pôle emploi", null, MORALE, "defendeur_pourvoi"))),
                // cass-2024-10-16-24-84707.txt: criminal, the defending party known only by her lawyer
                Arguments.of("Cour de cassation, criminal", """
                        N° U 24-84.707 F
                         DÉCISION DE LA COUR DE CASSATION, CHAMBRE CRIMINELLE,
                         DU 16 OCTOBRE 2024
                         M. [F] [U] a formé un pourvoi contre l'arrêt de la chambre de l'instruction de la cour d'appel d'Aix-en-Provence, en date du 23 juillet 2024, qui, dans la procédure suivie contre lui du chef de tentative de meurtre aggravé, a ordonné la prolongation exceptionnelle de sa détention provisoire.
                         Des mémoires ont été produits, en demande et en défense.
                         Sur le rapport de Mme Clément, conseiller, les observations de Me Haas, avocat de M. [F] [U], les observations de la SARL Matuchansky, Poupot, Valdelièvre et Rameix, avocat de Mme [G] [U], et les conclusions de M. Crocq, avocat général, après débats
                        """, List.of(
                        party("[F] [U]", null, PHYSIQUE, "demandeur_pourvoi", lawyer("Haas", null)),
                        party("[G] [U]", null, PHYSIQUE, "defendeur_pourvoi",
                                lawyer("SARL Matuchansky, Poupot, Valdelièvre et Rameix", null)))),
                // guards the search of "dans le litige l'opposant", which stops at the end of the pourvoi's
                // sentence (one in a later sentence names no defendant), and of "ayant ... pour avocat" at
                // line starts only; shaped on cass-2024-10-23-23-15726.txt
                Arguments.of("Cour de cassation, opposing in a later sentence", """
                        Pourvoi n° B 21-19.704
                        ARRÊT DE LA COUR DE CASSATION, DEUXIÈME CHAMBRE CIVILE, DU 23 OCTOBRE 2024
                        M. [F] [U], domicilié [Adresse 1], a formé le pourvoi n° B 21-19.704 contre l'arrêt rendu le 3 juin 2021 par la cour d'appel de Lyon. La société Alpha, dans le litige l'opposant à M. [F] [U], n'a pas constitué avocat.
                        l'URSSAF Rhône-Alpes, ayant la SCP Gatineau, Fattaccini et Rebeyrol pour avocat à la Cour de cassation, a présenté des observations.
                        Sur le rapport de Mme Sommé, conseiller, les observations de la SCP Piwnica et Molinié, avocat de M. [F] [U], et l'avis de M. Crocq, avocat général, après débats
                        """, List.of(
                        party("[F] [U]", null, PHYSIQUE, "demandeur_pourvoi", lawyer("SCP Piwnica et Molinié", null)),
                        party("URSSAF Rhône-Alpes", null, MORALE, "defendeur_pourvoi",
                                lawyer("SCP Gatineau, Fattaccini et Rebeyrol", null)))));
    }

    private static Party party(String name, String legalForm, String kind, String role, Lawyer... lawyers) {
        return new Party(name, legalForm, kind, role, List.of(lawyers));
    }

    private static Lawyer lawyer(String name, String bar) {
        return new Lawyer(name, bar);
    }
}
