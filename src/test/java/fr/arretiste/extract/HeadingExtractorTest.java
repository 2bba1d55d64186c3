package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.CaseNumber;
import fr.arretiste.ruling.Court;
import fr.arretiste.ruling.LowerCourt;

/** Headings of real rulings of /work/shared/data/rulings, cut short after what the heading extraction reads. */
class HeadingExtractorTest {
    private static final Court DIJON = new Court("cour_appel", "Cour d'appel de Dijon", "Dijon");
    private static final Court CASSATION = new Court("cour_cassation", "Cour de cassation", "Paris");

    private static CaseNumber rg(String value) {
        return new CaseNumber("rg", value);
    }

    private static CaseNumber portalis(String value) {
        return new CaseNumber("portalis", value);
    }

    private static CaseNumber pourvoi(String value) {
        return new CaseNumber("pourvoi", value);
    }

    private static CaseNumber minute(String value) {
        return new CaseNumber("minute", value);
    }

    static Stream<Arguments> headings() {
        return Stream.of(
                // ca-dijon-2024-10-22-24-00354.txt: an arrêt, its lower court under "Décision déférée à la Cour"
                Arguments.of("""
                        [W] [L]
                        C/
                        S.A.S. DEROSSI
                        Expédition et copie exécutoire délivrées aux avocats le
                        COUR D'APPEL DE DIJON
                        1ère chambre civile
                        ARRÊT DU 22 OCTOBRE 2024
                        N° RG 24/00354 - N° Portalis DBVF-V-B7I-GMAX
                        MINUTE N°
                        Décision déférée à la Cour : jugement du 20 février 2024,
                        rendu par le juge de l'exécution du tribunal judiciaire de Dijon - RG : 23/02313
                        APPELANTE :
                        Madame [W] [L]
                        née le 31 Août 1978 à [Localité 5] (21)
                        GREFFIER LORS DES DÉBATS : Aurore VUILLEMOT, Greffier
                        DÉBATS : l'affaire a été mise en délibéré au 22 octobre 2024,
                        FAITS, PROCÉDURE, PRETENTIONS ET MOYENS DES PARTIES
                        Par jugement du 20 février 2024, le juge de l'exécution du tribunal judiciaire de Dijon a débouté Mme [W] [L] de sa demande de fixation d'une astreinte et l'a condamnée aux dépens.
                        """, Map.of(), new Heading(DIJON, "1ère chambre civile", "2024-10-22", "arret",
                        List.of(rg("24/00354"), portalis("DBVF-V-B7I-GMAX")),
                        List.of(new LowerCourt("juge de l'exécution du tribunal judiciaire de Dijon", "Dijon", "2024-02-20", "23/02313")))),
                // ca-douai-2022-12-08-21-01153.txt: a web page capture, the site's own heading above the arrêt
                Arguments.of("""
                        Sécurité des Systèmes : 8 décembre 2022 Cour d’appel de Douai RG n° 21/01153
                        ·
                        République Française
                        Au nom du Peuple Français
                        COUR D’APPEL DE DOUAI
                        CHAMBRE 2 SECTION 1
                        ARRÊT DU 08/12/2022
                        ****
                        N° de MINUTE :
                        N° RG 21/01153 – N° Portalis DBVT-V-B7F-TPDX
                        Jugement n° 2020001314 rendu le 09 février 2021par le tribunal de commerce de Lille Métropole
                        APPELANTE
                        SAS D2L Informatique, représentée par sa présidente, Madame [N] [B]
                        DÉBATS à l’audience publique du 05 octobre 2022 tenue par Clotilde Vanhove magistrat chargé d’instruire le dossier qui, après rapport oral de l’affaire, a entendu seule les plaidoiries
                        ARRÊT CONTRADICTOIRE prononcé publiquement par mise à disposition au greffe le 08 décembre 2022
                        ORDONNANCE DE CLÔTURE DU : 14 septembre 2022
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel de Douai", "Douai"), "Chambre 2 Section 1",
                        "2022-12-08", "arret", List.of(rg("21/01153"), portalis("DBVT-V-B7F-TPDX")),
                        List.of(new LowerCourt("tribunal de commerce de Lille Métropole", "Lille", "2021-02-09", "2020001314")))),
                // ca-lyon-2024-10-22-20-06085.txt: the seat pseudonymised, the date at the signature, JuriCA's "origine" line
                Arguments.of("""
                        COUR D'APPEL
                        DE [Localité 1]
                        3ème chambre A
                        ORDONNANCE DE RADIATION
                        N° RG : 20/06085 - N° Portalis DBVX-V-B7E-NG7U
                        Affaire : Jugement Au fond, origine Tribunal de Commerce de LYON, décision attaquée en date du 13 Octobre 2020, enregistrée sous le n° 2019J236
                        S.A.S. FLAT LEASE GROUP
                        APPELANTE
                        Vu l'ordonnance du conseiller de la mise en état du 26 mars 2024,
                        PAR CES MOTIFS
                        Ordonnons la radiation de l'affaire,
                        Fait à [Localité 1], le 22 Octobre 2024
                        La Greffière, La Présidente chargée de la mise en état,
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel", null), "3ème chambre A", "2024-10-22",
                        "ordonnance", List.of(rg("20/06085"), portalis("DBVX-V-B7E-NG7U")),
                        List.of(new LowerCourt("Tribunal de Commerce de LYON", "Lyon", "2020-10-13", "2019J236")))),
                // ca-paris-2024-10-22-24-07651.txt: two decisions under appeal, the date at "Paris, le 22.10.2024"
                Arguments.of("""
                        COUR D'APPEL DE PARIS
                        Pôle 3 - Chambre 1
                        N° RG 24/07651 - N° Portalis 35L7-V-B7I-CJKBD
                        Date de saisine : 30 Avril 2024
                        Décisions attaquées : n° 21/03638 rendue par le Juge aux affaires familiales de TJ [Localité 1]-COUCOURONNES le 13.02.2024 et n° 24/01079 rendue par le Juge aux affaires familiales de TJ [Localité 1]-COUCOURONNES le 04 Mars 2024
                        Appelant :
                        ORDONNANCE DE DÉSISTEMENT TOTAL
                        Attendu que l'appelant s'est désisté de son appel par conclusions du 10.07.2024 ;
                        PAR CES MOTIFS,
                        Paris, le 22.10.2024
                        Le greffier Le magistrat chargé de la mise en état
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel de Paris", "Paris"), "Pôle 3 - Chambre 1",
                        "2024-10-22", "ordonnance", List.of(rg("24/07651"), portalis("35L7-V-B7I-CJKBD")),
                        List.of(new LowerCourt("Juge aux affaires familiales de TJ [Localité 1]-COUCOURONNES", null, "2024-02-13", "21/03638"),
                                new LowerCourt("Juge aux affaires familiales de TJ [Localité 1]-COUCOURONNES", null, "2024-03-04", "24/01079")))),
                // ca-toulouse-2024-10-22-23-01927.odt: the date in words, the lower court above the court's title
                Arguments.of("""
                        22/10/2024
                        ARRÊT N°403/2024
                        N° RG 23/01927 - N° Portalis DBVI-V-B7H-PPEI
                        Décision déférée du 02 Mai 2023
                         Président du TJ de [Localité 3]
                        ( 23/00010)
                        DESISTEMENT
                        AU NOM DU PEUPLE FRANCAIS
                        COUR D'APPEL DE TOULOUSE
                        3ème chambre
                        ARRÊT DU VINGT DEUX OCTOBRE DEUX MILLE VINGT QUATRE
                        APPELANTE
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel de Toulouse", "Toulouse"), "3ème chambre",
                        "2024-10-22", "arret", List.of(rg("23/01927"), portalis("DBVI-V-B7H-PPEI"), minute("403/2024")),
                        List.of(new LowerCourt("Président du TJ de [Localité 3]", null, "2023-05-02", "23/00010")))),
                // ca-riom-2024-10-21-23-01281.docx: no title line; court and chamber inside "Arrêt rendu ce..."
                Arguments.of("""
                        21 OCTOBRE 2024
                        Arrêt n°
                        Dossier N° RG 23/01281 - N° Portalis DBVU-V-B7H-GBM6
                        jugement au fond, origine pole social du tj de clermont ferrand, décision attaquée en date du 18 juillet 2023, enregistrée sous le n° 22/00500
                        Arrêt rendu ce VINGT-ET-UN OCTOBRE DEUX MILLE VINGT-QUATRE par la CINQUIEME CHAMBRE CIVILE CHARGEE DU DROIT DE LA SECURITE SOCIALE ET DE L'AIDE SOCIALE de la cour d'appel de RIOM, composée lors délibéré de :
                        Monsieur Christophe VIVET, président
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel de Riom", "Riom"),
                        "Cinquieme Chambre Civile Chargee du Droit de la Securite Sociale et de l'Aide Sociale", "2024-10-21", "arret",
                        List.of(rg("23/01281"), portalis("DBVU-V-B7H-GBM6")),
                        List.of(new LowerCourt("pole social du tj de clermont ferrand", "Clermont Ferrand", "2023-07-18", "22/00500")))),
                // ca-lyon-2024-10-22-24-07986.txt: a first president's order, the decision appealed told in the exposé
                Arguments.of("""
                        N° RG 24/07986 - N° Portalis DBVX-V-B7I-P6QE
                        COUR D'APPEL DE LYON
                        JURIDICTION DU PREMIER PRÉSIDENT
                        ORDONNANCE DU 22 OCTOBRE 2024
                        statuant en matière de Rétentions Administratives des Etrangers
                        APPELANT :
                        M. [C] [U]
                        FAITS ET PROCÉDURE
                        Par décision du 6 août 2024, prise le jour de la levée d'écrou de X se disant [C] [Z], alias [C] [U], ci-après uniquement dénommé [C] [U], du centre pénitentiaire de [Localité 5] à l'issue de l'exécution d'une peine de 8 mois d'emprisonnement prononcée le 28 mars 2024 par le tribunal correctionnel de Thonon-les-Bains en répression de faits de recel de bien provenant d'un vol facilité par l'état d'une personne vulnérable, la préfète du Rhône a ordonné son placement en rétention dans les locaux ne relevant pas de l'administration pénitentiaire afin de permettre l'exécution d'une peine complémentaire d'interdiction du territoire français pendant une durée de 10 ans également prononcée le 28 mars 2024 par le tribunal correctionnel de Thonon-les-Bains, l'autorité administrative ayant fixé le pays de renvoi par décision du 6 août 2024.
                        Dans son ordonnance du 20 octobre 2024 à 14 heures 38, le juge des libertés et de la détention du tribunal judiciaire de Lyon a fait droit à la requête de la préfète du Rhône.
                        Le conseil d'[C] [U] a interjeté appel de cette décision par déclaration reçue au greffe le 21 octobre 2024 à 11 heures 54, en faisant valoir que la situation de l'intéressé ne correspond à aucun des cas prévus par l'article L. 742-5 du CESEDA
                        PAR CES MOTIFS
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel de Lyon", "Lyon"), "Juridiction du Premier Président",
                        "2024-10-22", "ordonnance", List.of(rg("24/07986"), portalis("DBVX-V-B7I-P6QE")),
                        List.of(new LowerCourt("juge des libertés et de la détention du tribunal judiciaire de Lyon", "Lyon", "2024-10-20", null)))),
                // ca-reims-2024-10-22-24-01361.txt: the date as a line in words
                Arguments.of("""
                        COUR D'APPEL
                        DE [Localité 1]
                        1ère chambre section JEX
                        ORDONNANCE DE CADUCITÉ
                        N° RG 24/01361
                        N° Portalis DBVQ-V-B7I-FRFK
                        APPELANT
                        LE VINGT DEUX OCTOBRE DEUX MILLE VINGT QUATRE,
                        Nous, Bertrand DUEZ, Président de chambre assisté de Sophie BALESTRE, greffier,
                        Vu l'avis de fixation à bref délai établi le 30 Août 2024 et réceptionné par l'avocat de l'appelant le même jour,
                        """, Map.of(), new Heading(new Court("cour_appel", "Cour d'appel", null), "1ère chambre section JEX", "2024-10-22",
                        "ordonnance", List.of(rg("24/01361"), portalis("DBVQ-V-B7I-FRFK")), List.of())),
                // cass-2024-10-23-21-19704.txt: a Cour de cassation arrêt from Jurinet
                Arguments.of("""
                        SOC.
                         COUR DE CASSATION
                         ______________________
                         Audience publique du 23 octobre 2024
                         Rejet
                         Arrêt n° 1069 F-D
                         Pourvoi n° B 21-19.704
                         ARRÊT DE LA COUR DE CASSATION, CHAMBRE SOCIALE, DU 23 OCTOBRE 2024
                         ont formé le pourvoi n° B 21-19.704 contre l'arrêt rendu le 17 mai 2021 par la cour d'appel de Paris (pôle 5, chambre 10), dans le litige les opposant à la société GD conseil RH, société par actions simplifiée, dont le siège est [Adresse 2], défenderesse à la cassation.
                         Sur le rapport de Mme Panetta, conseiller, les observations de la SCP Ricard, Bendel-Vasseur, Ghnassia
                         Faits et procédure
                         1. Selon l'arrêt attaqué (Paris, 17 mai 2021) et les productions, les sociétés GD conseil RH, ayant pour président M. [D]
                        """ + /* cass-2024-12-11-23-10708.html: a pourvoi the body cites is no number of this case */ """
                        2°/ que Pôle emploi a soutenu, dans ses conclusions demeurées sans réponse (p. 5), que la chambre sociale de la Cour de cassation, par un arrêt du 10 février 2021 (pourvoi n° 19-13.225, FS-P), a reconnu la nature d'une créance salariale
                        """, Map.of(), new Heading(CASSATION, "Chambre sociale", "2024-10-23", "arret", List.of(pourvoi("21-19.704"), minute("1069")),
                        List.of(new LowerCourt("cour d'appel de Paris", "Paris", "2021-05-17", null)))),
                // cass-2024-10-23-23-83736.txt: a pourvoi cited in brackets is another case's
                Arguments.of("""
                        N° T 23-83.736 F-D
                         23 OCTOBRE 2024
                         CASSATION PARTIELLE
                         ARRÊT DE LA COUR DE CASSATION, CHAMBRE CRIMINELLE,
                         DU 23 OCTOBRE 2024
                         M. [I] [T] a formé un pourvoi contre l'arrêt de la cour d'appel de Douai, 9e chambre, en date du 12 avril 2023, qui, sur renvoi après cassation (Crim., 24 novembre 2021, pourvoi n° 21-80.968), pour agression sexuelle aggravée, l'a condamné à quatre ans d'emprisonnement dont deux ans avec sursis probatoire.
                         Sur le rapport de Mme Leprieur, conseiller
                        """, Map.of(), new Heading(CASSATION, "Chambre criminelle", "2024-10-23", "arret", List.of(pourvoi("23-83.736")),
                        List.of(new LowerCourt("cour d'appel de Douai", "Douai", "2023-04-12", null)))),
                // cass-2024-12-05-24-14647.html: a Judilibre page, its chrome around an order without a dated title
                Arguments.of("""
                        Aller au contenu principal

                                                  Cour de cassation

                        Décision

                        5 décembre 2024

                        Cour de cassation

                        Pourvoi n°

                        24-14.647

                        Première présidence (Ordonnance)

                        Texte de la décision

                        COUR DE CASSATION

                        Première présidence

                        Pourvoi n°

                        : S 24-14.647

                        ORDONNANCE DE DÉCHÉANCE

                        M. [H] [S], domicilié [Adresse 2], a formé un pourvoi le 30 avril 2024 contre l'arrêt rendu le 29 février 2024

                        par la cour d'appel de Versailles, dans le litige l'opposant à la société

                        Dispositif

                        EN CONSÉQUENCE, la conseillère référendaire déléguée,

                        Constate la déchéance du pourvoi.

                        Fait à [Localité 3], le 5 décembre 2024

                        Décision attaquée

                                   Cour d'appel de versailles
                        d5

                                   29 février 2024

                                   (n°22/01117)

                        Les dates clés
                        """, Map.of(), new Heading(CASSATION, "Première présidence", "2024-12-05", "ordonnance", List.of(pourvoi("24-14.647")),
                        List.of(new LowerCourt("Cour d'appel de versailles", "Versailles", "2024-02-29", "22/01117")))),
                // tj-paris-2024-11-15-23-56956-0106.txt: a tribunal judiciaire, its title broken over three lines
                Arguments.of("""
                        [DECISION FACTICE]
                         TRIBUNAL
                         JUDICIAIRE
                         DE PARIS
                         ■
                        N° RG 23/56956
                        N° Portalis 352J-W-B7H-C2XRM
                        Assignation du :
                        12 septembre 2023
                        ORDONNANCE DE RÉFÉRÉ
                        rendue le 15 décembre 2023
                        par Cristina APETROAIE, Juge au Tribunal judiciaire de Paris, agissant par délégation du Président du Tribunal,
                        DEMANDERESSE
                        EXPOSE DU LITIGE
                        Par acte authentique du 3 mars 2021, la SCI LAFAYETTE a donné à bail à la SAS NAY des locaux à usage commercial dépendant d’un immeuble situé 16, rue de Duhamel
                        """, Map.of(), new Heading(new Court("tribunal_judiciaire", "Tribunal judiciaire de Paris", "Paris"), null,
                        "2023-12-15", "ordonnance", List.of(rg("23/56956"), portalis("352J-W-B7H-C2XRM")), List.of())),
                // tcom-7202-2024006456-2024-10-22-3.json: a Judilibre export, whose metadata give date, chamber and number
                Arguments.of("""
                         NUMERO D'INSCRIPTION AU REPERTOIRE GENERAL: 2024 006456
                        TRIBUNAL DE COMMERCE
                        DU MANS
                        ORDONNANCE DE REFERE EXPERTIS E
                        RENDUE LE 22/10/2024
                        L’An Deux Mille Vingt quatre,
                        Le vingt deux octobre,
                        """, Map.of("jurisdiction", "tcom", "decision_date", "2024-10-22", "number", "2024006456",
                        "chamber", "CHAMBRE DES REFERES DELIBERE - AUDIENCE PUBLIQUE", "location", "7202"),
                        new Heading(new Court("tribunal_commerce", "Tribunal de commerce du Mans", "Le Mans"),
                                "CHAMBRE DES REFERES DELIBERE - AUDIENCE PUBLIQUE", "2024-10-22", "ordonnance", List.of(rg("2024006456")), List.of())));
    }

    @ParameterizedTest
    @MethodSource("headings")
    void readsTheHeading(String text, Map<String, String> metadata, Heading expected) {
        assertEquals(expected, new HeadingExtractor().extract(RulingText.of(text, metadata)));
    }
}
