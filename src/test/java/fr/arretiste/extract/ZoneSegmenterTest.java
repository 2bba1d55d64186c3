package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Span;
import fr.arretiste.ruling.Zones;

/**
 * One row per layout of the shared rulings, shortened to the lines that matter: the expected
 * zones are given by the words that open them and by the last words of the decision; null where
 * the ruling lacks the zone.
 */
class ZoneSegmenterTest {
    /** A layout, the words that open each zone (null: no such zone), and the decision's last words. */
    record Layout(String name, String text, String entete, String expose, String motivation, String dispositif,
            String lastWords) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Layout> layouts() {
        return Stream.of(
                // ca-dijon-2024-10-22-24-00403.txt
                new Layout("cour d'appel, arrêt", """
                        [O] [W]

                        C/

                        MAAF ASSURANCES

                        COUR D'APPEL DE DIJON

                        1ère chambre civile

                        ARRÊT DU 22 OCTOBRE 2024

                        DÉBATS : l'affaire a été mise en délibéré au 22 Octobre 2024,

                        FAITS, PROCÉDURE ET PRÉTENTIONS DES PARTIES\s

                        M. [O] [W] a déclaré le 2 décembre 2019 le vol de son véhicule Audi RS3 le 26 novembre 2019 à son assureur.

                        MOTIVATION\s

                        Sur la fin de non-recevoir\s

                        L'article L.114-1 du code des assurances dispose que toutes actions dérivant d'un contrat d'assurance sont prescrites par deux ans.

                        PAR CES MOTIFS,\s

                        La cour,

                        Confirme l'ordonnance dont appel en toutes ses dispositions,\s

                        Le Greffier, Le Président,
                        """, "[O] [W]", "FAITS, PROCÉDURE", "MOTIVATION", "PAR CES MOTIFS", "Le Greffier, Le Président,"),
                // ca-lyon-2024-10-22-20-06085.txt: an ordonnance without headings, its visas and recitals
                new Layout("cour d'appel, ordonnance de radiation", """
                        COUR D'APPEL
                        DE [Localité 1]
                        3ème chambre A
                        ORDONNANCE DE RADIATION
                        INTIMEE
                        Nous, Sophie DUMURGIER, Présidente chargée de la mise en état, assistée de Clémence RUILLAT, Greffière,
                        Vu l'ordonnance du conseiller de la mise en état du 26 mars 2024,
                        Attendu que les parties se sont abstenues d'accomplir les actes de la procédure dans les délais impartis,
                        PAR CES MOTIFS
                        Ordonnons la radiation de l'affaire,
                        La Greffière, La Présidente chargée de la mise en état,
                        """, "COUR D'APPEL", "Vu l'ordonnance", "Attendu que", "PAR CES MOTIFS",
                        "La Présidente chargée de la mise en état,"),
                // ca-douai-2022-12-08-21-01153.txt: a web page's capture, its comment widget after the signatures
                new Layout("cour d'appel, web capture", """
                        Sécurité des Systèmes : 8 décembre 2022 Cour d'appel de Douai RG n° 21/01153

                        COUR D'APPEL DE DOUAI

                        EXPOSE DU LITIGE

                        La SAS D2L informatique édite et commercialise le logiciel Sil'age.

                        MOTIVATION

                        Au préalable, il convient de souligner qu'il n'y a pas lieu de statuer sur les demandes de "constater".

                        PAR CES MOTIFS \s

                        La cour,

                        Confirme le jugement pour le surplus ;

                        Le greffier Le président

                        Valérie Roelofs Dominique Gilles

                        \s


                        0 0 votes
                        Évaluation de l'article
                        S'abonner
                        Notification pour
                        guest
                        0 Commentaires
                        Commentaires en ligne
                        Afficher tous les commentaires
                        """, "Sécurité des Systèmes", "EXPOSE DU LITIGE", "MOTIVATION", "PAR CES MOTIFS",
                        "Valérie Roelofs Dominique Gilles"),
                // cass-2024-10-23-22-23050.txt
                new Layout("Cour de cassation, arrêt", """
                         SOC.
                         COUR DE CASSATION
                         Audience publique du 23 octobre 2024
                         Rejet
                         la chambre sociale de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.
                        \s
                         Faits et procédure\s
                        \s
                         2. Contestant son licenciement, notifié le 20 mars 2018, le salarié a saisi la juridiction prud'homale.
                        \s
                         Examen du moyen
                        \s
                         Enoncé du moyen
                        \s
                         Réponse de la Cour\s
                        \s
                         7. Le moyen n'est donc pas fondé.\s
                        \s
                         PAR CES MOTIFS, la Cour :
                        \s
                         REJETTE le pourvoi ;
                        \s
                         Ainsi fait et jugé par la Cour de cassation, chambre sociale, et prononcé par le président en son audience publique du vingt-trois octobre deux mille vingt-quatre.
                        """, "SOC.", "Faits et procédure", "Examen du moyen", "PAR CES MOTIFS, la Cour :",
                        "deux mille vingt-quatre."),
                // cass-2024-10-23-24-81739.txt: no heading, the reasons follow "a rendu la présente décision"
                new Layout("Cour de cassation, non-admission", """
                         N° T 24-81.739 F
                         NON-ADMISSION
                         la chambre criminelle de la Cour de cassation, composée en application de l'article 567-1-1 du code de procédure pénale, des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu la présente décision.
                        \s
                         Vu l'article 567-1-1 du code de procédure pénale :
                        \s
                         EN CONSÉQUENCE, la Cour :\s
                        \s
                         DÉCLARE le pourvoi NON ADMIS ;
                        """, "N° T 24-81.739", null, "Vu l'article 567-1-1", "EN CONSÉQUENCE, la Cour :", "NON ADMIS ;"),
                // cass-2024-10-23-23-12877.txt followed by the annex that older decisions of this kind
                // carry (its title as the Cour de cassation writes it): the annex is not the dispositif
                new Layout("Cour de cassation, annexed grounds", """
                         SOC.
                         la chambre sociale de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu la présente décision.
                        \s
                         1. Le moyen de cassation, qui est invoqué à l'encontre de la décision attaquée, n'est manifestement pas de nature à entraîner la cassation.
                        \s
                         EN CONSÉQUENCE, la Cour :
                        \s
                         REJETTE le pourvoi ;
                        \s
                         Ainsi décidé par la Cour de cassation, chambre sociale, et prononcé par le président en son audience publique du vingt-trois octobre deux mille vingt-quatre.
                        \s
                         MOYEN ANNEXE à la présente décision
                        \s
                         Moyen produit par la SARL Thouvenin, Coudray et Grévy, avocat aux Conseils, pour Mme [X]
                        \s
                         PAR CES MOTIFS, et tous autres à produire, déduire ou suppléer, l'exposante conclut qu'il plaise à la Cour de cassation de casser l'arrêt attaqué.
                        """, "SOC.", null, "1. Le moyen", "EN CONSÉQUENCE, la Cour :", "deux mille vingt-quatre."),
                // cass-2024-12-05-22-24184.html: a Judilibre page, its menus before and its boxes after the text
                new Layout("Judilibre page, arrêt", """
                                    Aller au contenu principal
                          Partager sur Twitter
                                  Pourvoi n°\s
                        22-24.184
                        Texte de la décision

                                 Entête

                        CIV. 3
                        Audience publique du 5 décembre 2024
                        la troisième chambre civile de la Cour de cassation, composée des président et conseillers précités, après en avoir délibéré conformément à la loi, a rendu le présent arrêt.

                                 Exposé du litige

                        Faits et procédure\s
                        1. Selon l'arrêt attaqué (Aix-en-Provence, 22 septembre 2022), [Y] [O], aujourd'hui décédé, a créé en 1982 le lotissement.

                                 Moyens

                        Examen des moyens\s

                                 Motivation

                        20. Le moyen n'est donc pas fondé.\s

                                 Dispositif

                        PAR CES MOTIFS, la Cour :
                        REJETTE le pourvoi ;
                        Ainsi fait et jugé par la Cour de cassation, troisième chambre civile, et prononcé par le président en son audience publique du cinq décembre deux mille vingt-quatre.

                                 Décision attaquée
                        Cour d'appel d'aix en provence
                                 Les dates clés
                        Retour en haut de page
                        """, "Entête", "Exposé du litige", "Moyens", "PAR CES MOTIFS, la Cour :",
                        "deux mille vingt-quatre."),
                // cass-2024-12-05-24-17833.html: an ordonnance of the première présidence, "Motivation" over its heading
                new Layout("Judilibre page, ordonnance", """
                        Texte de la décision
                        Motivation
                        COUR DE CASSATION
                        ORDONNANCE DE DÉCHÉANCE
                        Mme Caroline Azar, conseillère référendaire, déléguée par le premier président de la Cour de cassation, a rendu la présente ordonnance.
                        Aucun mémoire contenant les moyens de droit invoqués contre la décision attaquée n'a été produit dans le délai légal.
                        Dispositif
                        EN CONSÉQUENCE, la conseillère référendaire déléguée,
                        Constate la déchéance du pourvoi.
                        Fait à [Localité 3], le 5 décembre 2024
                        Décision attaquée
                        Cour d'appel de nancy
                        """, "Motivation", null, "Aucun mémoire", "EN CONSÉQUENCE", "le 5 décembre 2024"),
                // tj-paris-2024-11-15-23-05254-9354.txt
                new Layout("tribunal judiciaire, jugement", """
                        TRIBUNAL JUDICIAIRE DE PARIS
                        Décision du 15 décembre 2023
                        Exposé du litige
                        Suivant offre de contrat acceptée le 13 juin 2018, la société BNP PARIBAS a consenti un crédit.
                        MOTIFS DE LA DÉCISION
                        Selon l'article 472 du code de procédure civile, si le défendeur ne comparaît pas, il est néanmoins statué sur le fond.
                        PAR CES MOTIFS,
                        La juge des contentieux de la protection, statuant après débats publics,
                        DÉCLARE recevable l'action de la BNP PARIBAS,
                        Le Greffier La Juge
                        """, "TRIBUNAL JUDICIAIRE", "Exposé du litige", "MOTIFS DE LA DÉCISION", "PAR CES MOTIFS,",
                        "Le Greffier La Juge"),
                // tj-le-mesnil-amelot-2024-11-10-24-02141-0464.txt: the notice of the means of redress after the signatures
                new Layout("tribunal judiciaire, ordonnance with notices", """
                        TRIBUNAL JUDICIAIRE DE MEAUX
                        CONTENTIEUX DE LA RETENTION ADMINISTRATIVE
                        MOTIFS DE LA DÉCISION
                        SUR LES MOYENS DE NULITE SOUTENUS IN LIMINE LITIS
                        PAR CES MOTIFS,
                        DÉCLARONS la procédure irrégulière ;
                        REJETONS la requête du PRÉFET DE LA SEINE-SAINT-DENIS.
                        Le greffier, Le juge,
                        qui ont signé l'original de l'ordonnance.
                        Pour information :\s
                        - Le préfet peut aussi faire appel mais, en ce cas, son recours n'est pas suspensif.
                        """, "TRIBUNAL JUDICIAIRE", null, "MOTIFS DE LA DÉCISION", "PAR CES MOTIFS,",
                        "qui ont signé l'original de l'ordonnance."),
                // tcom-7202-2024006456-2024-10-22-3.json: "SUR CE" opens the reasons at the head of a long line
                new Layout("tribunal de commerce, ordonnance de référé", """
                        TRIBUNAL DE COMMERCE\s
                        DU MANS\s
                        ORDONNANCE DE REFERE EXPERTIS E\s
                        Avons rendu l'ordonnance de référé dont la teneur suit en la cause d'entre :\s
                        RAPPEL DES FAITS ET PROCEDURE\s
                        La société [A] spécialisée dans les travaux de maçonnerie, taille de pierre et carrelage a\s
                        SUR CE LE JUGE DES REFERES, après avoir examiné les pièces de la partie demanderesse :\s
                        Constate que le 5 octobre 2023, la société [A] achète un véhicule fourgon, mis en vente par la société [C].
                        PAR CES MOTIFS\s
                        Ordonnons une expertise judiciaire du véhicule.
                        """, "TRIBUNAL DE COMMERCE", "RAPPEL DES FAITS", "SUR CE LE JUGE", "PAR CES MOTIFS",
                        "expertise judiciaire du véhicule."),
                // tcom-8501-2022004794-2022-12-21-2.json: a line that starts like a heading ends a wrapped sentence
                new Layout("tribunal de commerce, jugement", """
                        TRIBUNAL DE COMMERCE DE LA ROCHE-SUR-YON
                        OUVERTURE DE LIQUIDATION JUDICIAIRE SIMPLIFIEE
                        Attendu que le nombre de salariés de la société au cours des six mois précédant l'ouverture de
                        la procédure et que son chiffre d'affaires sont égaux ou inférieurs aux seuils,
                        PAR CES MOTIFS :
                        LE TRIBUNAL, après en avoir délibéré, statuant en premier ressort par un jugement contradictoire,
                        OUVRE la procédure de liquidation judiciaire simplifiée
                        """, "TRIBUNAL DE COMMERCE", null, "Attendu que", "PAR CES MOTIFS :",
                        "liquidation judiciaire simplifiée"),
                // ca-grenoble-2024-10-22-22-02661.txt, with a party's claims ending in the standard formula:
                // the court's own "PAR CES MOTIFS" is the last one
                new Layout("cour d'appel, claims quoted in the exposé", """
                        COUR D'APPEL DE GRENOBLE
                        EXPOSÉ DES PRÉTENTIONS ET MOYENS DES PARTIES
                        PAR CES MOTIFS,
                        plaise à la cour de :
                        - rejeter les demandes des époux [R] ;\s
                        MOTIFS DE LA DÉCISION
                        Il convient donc de confirmer le jugement déféré.
                        PAR CES MOTIFS,
                        Confirme le jugement en ses dispositions soumises à la cour ;
                        LA GREFFIERE                                        LA PRÉSIDENTE
                        """, "COUR D'APPEL", "EXPOSÉ DES PRÉTENTIONS", "MOTIFS DE LA DÉCISION",
                        "PAR CES MOTIFS,\nConfirme", "LA PRÉSIDENTE"),
                // ca-lyon-2024-10-22-24-07394.txt: an ordonnance with no dispositif heading
                new Layout("cour d'appel, no dispositif", """
                        COUR D'APPEL
                        de LYON
                        ORDONNANCE AFFAIRE GRACIEUSE
                        Vu l'article 810 du Code de Procédure Civile ;
                        Ordonnons la communication de la présente procédure à Madame la Procureure Générale.
                        La Présidente,
                        """, "COUR D'APPEL", "Vu l'article 810", null, null, "La Présidente,"));
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void findsTheZonesOfEachLayout(Layout layout) {
        String text = layout.text();
        int[] starts = Stream.of(layout.entete(), layout.expose(), layout.motivation(), layout.dispositif())
                .mapToInt(words -> words == null ? -1 : text.indexOf(words)).toArray();
        int end = text.indexOf(layout.lastWords()) + layout.lastWords().length();
        Span[] zones = new Span[4];
        for (int i = 0; i < 4; i++) {
            if (starts[i] >= 0) {
                int next = i + 1;
                while (next < 4 && starts[next] < 0) {
                    next++;
                }
                zones[i] = new Span(starts[i], next < 4 ? starts[next] : end);
            }
        }
        assertEquals(new Zones(zones[0], zones[1], zones[2], zones[3]), ZoneSegmenter.segment(text));
    }
}
