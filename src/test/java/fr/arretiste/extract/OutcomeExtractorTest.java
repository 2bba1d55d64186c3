package fr.arretiste.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import fr.arretiste.ruling.Outcome;

/** Real dispositifs of the shared rulings (file in the row's name), shortened, and their solution. */
class OutcomeExtractorTest {
    private static final String CA = "cour_appel";
    private static final String CC = "cour_cassation";
    private static final String TJ = "tribunal_judiciaire";
    private static final String TC = "tribunal_commerce";

    /** The reasons before the dispositif (may be empty), the dispositif, the kind of court and the solution. */
    record Row(String file, String reasons, String dispositif, String courtKind, String solution) {
        @Override
        public String toString() {
            return file + " -> " + solution;
        }
    }

    static Row row(String file, String dispositif, String courtKind, String solution) {
        return new Row(file, "", dispositif, courtKind, solution);
    }

    static Stream<Row> rows() {
        return Stream.of(
                // cours d'appel: the answer to the appeal wins over the other dispositions
                row("ca-dijon-2024-10-22-24-00354", """
                        PAR CES MOTIFS
                        La cour,
                        Confirme le jugement déféré.
                        Y ajoutant,
                        Condamne Mme [W] [L] aux dépens d'appel,""", CA, "confirmation"),
                row("ca-grenoble-2024-10-22-22-02661", """
                        PAR CES MOTIFS,
                        Confirme le jugement en ses dispositions soumises à la cour ;
                        Y ajoutant :
                        Dit n'y avoir lieu à ordonner une nouvelle expertise judiciaire ;""", CA, "confirmation"),
                row("ca-douai-2024-10-22-24-02103", """
                        PAR CES MOTIFS :
                        DÉCLARONS l'appel recevable ;
                        CONFIRMONS l'ordonnance entreprise ;""", CA, "confirmation"),
                row("ca-dijon-2024-10-22-24-00559", """
                        PAR CES MOTIFS,
                        Ordonne la jonction des affaires enrôlées sous les n°RG 24/559 et 24/850,
                        Déclare irrecevables les demandes de M. [E], [V] [Y] tendant à : - être autorisé à vendre amiablement le bien saisi
                        Confirme le jugement dont appel en toutes ses dispositions,""", CA, "confirmation"),
                row("ca-grenoble-2024-10-22-23-01524", """
                        PAR CES MOTIFS,
                        Confirme le jugement en ses dispositions soumises à la cour sauf en ce qu'il a dit que la condamnation produirait intérêts au taux légal à compter du 22 janvier 2019, date du règlement à M. [B] ;
                        Statuant à nouveau et y ajoutant :""", CA, "infirmation_partielle"),
                row("ca-lyon-2024-10-22-22-01622", """
                        PAR CES MOTIFS :
                        La cour,
                        Infirme le jugement entrepris, sauf en ses dispositions relatives aux dépens,
                        Statuant à nouveau dans cette limite et y ajoutant,
                        Rejette l'ensemble des demandes de M. [F], y compris sa demande de dommages et intérêts,""", CA,
                        "infirmation_partielle"),
                row("ca-lyon-2024-10-22-22-06147", """
                        PAR CES MOTIFS
                        LA COUR,
                        Infirme le jugement déféré, sauf en ce qu'il :
                        - déboute M et Mme [R] de leur demande au titre d'un préjudice moral,""", CA, "infirmation_partielle"),
                row("ca-douai-2022-12-08-21-01153", """
                        PAR CES MOTIFS
                        La cour,
                        Réforme le jugement en ce qu'il a condamné la SAS D2L informatique à payer à la SAS Pictime groupe la somme de 37 343,63 euros TTC en paiement de la facture FA18060199 ;
                        Confirme le jugement pour le surplus ;""", CA, "infirmation_partielle"),
                // the expertise and the removal from the roll wait for the report; the appeal is answered
                row("ca-lyon-2024-10-22-22-02368", """
                        PAR CES MOTIFS :
                        Confirme le jugement entrepris, sauf en ce qu'il alloue à M. [W] une somme de 100 000 euros à titre de provision à valoir sur l'indemnisation de son préjudice corporel,\s
                        Statuant à nouveau du chef infirmé et y ajoutant,\s
                        Ordonne un complément d'expertise médicale afin d'évaluer le déficit fonctionnel permanent de M. [W],
                        Radie dès à présent l'affaire du rôle""", CA, "infirmation_partielle"),
                // the registry says "confirmation"; the dispositif infirms
                row("ca-metz-2024-10-22-24-00870", """
                        PAR CES MOTIFS
                        Ordonne la jonction des procédure N° RG 24/00869 et N°RG 24/00870 sous le numéro RG 24/00870 ;
                        INFIRMONS l'ordonnance rendue par le juge du tribunal judiciaire de Metz le 21 octobre 2024 à 10h49 ;
                        PROLONGEONS la rétention administrative de M. [N] [P] pour une durée de 26 jours""", CA, "infirmation"),
                row("ca-lyon-2024-10-22-20-06085", """
                        PAR CES MOTIFS
                        Ordonnons la radiation de l'affaire,
                        Disons que l'affaire ne pourra être remise au rôle qu'après exécution des diligences demandées.""", CA,
                        "radiation"),
                row("ca-nimes-2024-10-22-24-00269", """
                        PAR CES MOTIFS
                        DECLARE l'appel formé par M. [E] [Y] et la SARL MIROITERIE [Y] à l'encontre du jugement du tribunal judiciaire de CARPENTRAS du 12 décembre 2023 irrecevable en ce qu'il est dirigé à l'encontre de la SARL AKRAPLAST France,
                        ORDONNE la radiation du rôle de l'affaire enregistrée sous le numéro 24/269,""", CA, "radiation"),
                row("ca-lyon-2024-10-22-23-08862", """
                        PAR CES MOTIFS
                        Constatons le désistement d'appel,
                        Constatons l'extinction de l'instance et le dessaisissement de la Cour,""", CA, "desistement"),
                row("ca-poitiers-2024-10-22-24-01645", """
                        PAR CES MOTIFS
                        Donnons acte aux parties appelantes de leur désistement d'appel,
                        Disons qu'en conséquence, la décision entreprise sortira son plein et entier effet,""", CA, "desistement"),
                // the dispositif does not say why the instance ends: the reasons do
                new Row("ca-paris-2024-10-22-22-03612", """
                        Attendu que l'appelante s'est désistée de son appel par conclusions du 15 mai 2024 suite à un accord intervenu entre les parties ;
                        """, """
                        PAR CES MOTIFS,
                        Constatons l'extinction de l'instance et le dessaisissement de la Cour ;""", CA, "desistement"),
                row("ca-lyon-2024-10-22-24-00664", """
                        PAR CES MOTIFS
                        Constatons le désistement d'incident de la société Les étangs,
                        Disons que les dépens de l'incident suivront le sort des dépens de l'instance au fond.""", CA, "autre"),
                row("ca-metz-2024-10-17-24-01222", """
                        PAR CES MOTIFS
                        Prononce la caducité de la déclaration d'appel,
                        Condamne M. [I] [W] et la S.A.S. Aqua Shop aux dépens de l'appel.""", CA, "caducite"),
                row("ca-reims-2024-10-22-24-01361", """
                        PAR CES MOTIFS,
                        Prononçons la caducité de la déclaration d'appel, sauf le droit de déférer la présente ordonnance à la cour par application de l'article 916 du code de procédure civile ;""",
                        CA, "caducite"),
                row("ca-metz-2024-10-17-21-02928", """
                        PAR CES MOTIFS
                        Le Conseiller de la mise en état,
                        Constate la péremption de l'instance d'appel
                        Rappelle que: - la péremption d'instance n'éteint pas l'action,""", CA, "peremption"),
                row("ca-lyon-2024-10-22-24-00068", """
                        PAR CES MOTIFS
                        Nous déclarons incompétent pour statuer sur l'appel formé par la société Stock France contre le jugement rendu le 16 novembre 2023 par le tribunal de commerce de Lyon et renvoyons l'affaire devant la cour d'appel de Paris,""",
                        CA, "incompetence"),
                row("ca-rennes-2024-10-22-23-06791", """
                        PAR CES MOTIFS :
                        La cour,
                        - Renvoie la connaissance de l'affaire enregistrée sous le n° 23/06791 devant la cour d'appel de Lyon ;
                        - Se dessaisit au profit de la cour d'appel de Lyon ;
                        - Rejette les autres demandes des parties.""", CA, "autre"),
                row("ca-dijon-2024-10-22-24-00528", """
                        Par ces motifs,
                        La cour,
                        Ordonne la révocation de l'ordonnance de clôture et la réouverture des débats,
                        Renvoie l'affaire devant le conseiller de la mise en état,
                        Invite l'appelante à présenter ses observations : ' sur les conséquences de l'éventuelle nullité de ces actes, notamment sur la caducité de sa déclaration d'appel,""",
                        CA, "avant_dire_droit"),
                row("ca-paris-2024-10-22-24-13650", """
                        PAR CES MOTIFS,
                        Ordonnons leur jonction et disons qu'elles se poursuivront sous le numéro 24/12229""", CA, "autre"),
                row("ca-poitiers-2024-10-22-24-00069", """
                        PAR CES MOTIFS
                        CONSTATONS que la main-levée de la mesure d'isolement intervenue le 21 octobre 2024 à 12h00 rend sans objet l'examen de l'appel formé par M. [F] [Z] [T] contre cette mesure.
                        LAISSONS les dépens à la charge du Trésor public""", CA, "autre"),
                // Cour de cassation
                row("cass-2024-10-22-24-81695", """
                        PAR CES MOTIFS, la Cour :
                        CASSE et ANNULE l'arrêt susvisé de la chambre de l'instruction de la cour d'appel de Riom, en date du 5 mars 2024, mais en ses seules dispositions ayant rejeté le moyen pris de l'inexistence de l'extension de saisine, toutes autres dispositions étant expressément maintenues ;""",
                        CC, "cassation_partielle"),
                row("cass-2024-10-23-22-13747", """
                        PAR CES MOTIFS, et sans qu'il y ait lieu de statuer sur les autres griefs, la Cour :
                        CASSE ET ANNULE, mais seulement en ce qu'il dit le licenciement dénué de cause réelle et sérieuse, l'arrêt rendu le 25 novembre 2021, entre les parties, par la cour d'appel d'Angers ;""",
                        CC, "cassation_partielle"),
                // the "confirme" inside the clause quotes the arrêt under review
                row("cass-2024-12-05-22-24654", """
                        PAR CES MOTIFS, la Cour :
                        CASSE ET ANNULE, sauf en ce qu'il confirme le jugement en tant qu'il déclare recevable le recours de Mme [K], l'arrêt rendu le 28 octobre 2022, entre les parties, par la cour d'appel de Paris ;""",
                        CC, "cassation_partielle"),
                row("cass-2024-10-23-22-23823", """
                        PAR CES MOTIFS, et sans qu'il y ait lieu de statuer sur les autres griefs, la Cour :
                        CASSE ET ANNULE, en toutes ses dispositions, l'arrêt rendu le 18 octobre 2022, entre les parties, par la cour d'appel de Besançon ;""",
                        CC, "cassation"),
                row("cass-2024-10-23-22-23050", """
                        PAR CES MOTIFS, la Cour :
                        REJETTE le pourvoi ;
                        Condamne M. [G] aux dépens ;
                        En application de l'article 700 du code de procédure civile, rejette la demande formée par M. [G] ;""",
                        CC, "rejet"),
                // the registry files a non-admission as "autre", even beside a déchéance or an irrecevabilité
                row("cass-2024-10-23-24-81739", """
                        EN CONSÉQUENCE, la Cour :
                        DÉCLARE le pourvoi NON ADMIS ;""", CC, "autre"),
                row("cass-2024-10-23-19-80567", """
                        EN CONSÉQUENCE, la Cour :
                        Sur les pourvois formés par MM. [C] [T] et [I] [B] :
                        CONSTATE la déchéance des pourvois ;
                        Sur les pourvois formés par MM. [I] [P], [X] [P] et [U] [M] [D] :
                        DÉCLARE les pourvois NON ADMIS ;""", CC, "autre"),
                row("cass-2024-10-23-23-87221", """
                        EN CONSÉQUENCE, la Cour :
                        Sur les pourvois formés le 21 mai 2024 :
                        Les DÉCLARE IRRECEVABLES ;""", CC, "irrecevabilite"),
                row("cass-2024-12-05-23-19510", """
                        PAR CES MOTIFS, la Cour :
                        REJETTE le premier moyen du pourvoi ;
                        Sursoit à statuer sur le second moyen du pourvoi ;
                        Prononce la radiation du pourvoi n° H 23-19.510 ;""", CC, "radiation"),
                row("cass-2024-12-05-23-20088", """
                        PAR CES MOTIFS, la Cour :
                        Donne acte aux sociétés VS Invest et Cogesco ainsi qu'au syndicat des copropriétaires du [Adresse 2] du désistement de leur pourvoi ;""",
                        CC, "desistement"),
                // the registry files an "ANNULE" of the Cour de cassation as "autre"; its signature tells the court
                row("cass-2024-12-05-22-24155", """
                        PAR CES MOTIFS, et sans qu'il y ait lieu de statuer sur les autres griefs du pourvoi, la Cour :
                        ANNULE, en toutes ses dispositions, l'arrêt rendu le 19 octobre 2022, entre les parties, par la cour d'appel de Rouen ;
                        Ainsi fait et jugé par la Cour de cassation, deuxième chambre civile, et prononcé par le président en son audience publique du cinq décembre deux mille vingt-quatre.""",
                        null, "autre"),
                row("cass-2024-12-05-24-17833", """
                        EN CONSÉQUENCE, la conseillère référendaire déléguée,
                        Constate la déchéance du pourvoi.""", CC, "decheance"),
                row("cass-2024-12-05-20-18238", """
                        EN CONSÉQUENCE\s
                        La péremption de l'instance ouverte sur la déclaration de pourvoi enregistrée sous le numéro N 20-18.238 est constatée.""",
                        CC, "peremption"),
                row("cass-2024-12-05-17-23697", """
                        EN CONSÉQUENCE :
                        La péremption de l'instance dans le pourvoi numéro J 17-23.697 n'est pas constatée.
                        La réinscription au rôle de la Cour du pourvoi numéro J 17-23.697 est autorisée.""", CC, "autre"),
                row("cass-2024-12-05-24-10914", """
                        EN CONSÉQUENCE :
                        L'affaire enrôlée sous le numéro J 24-10.914 est radiée.""", CC, "radiation"),
                row("cass-2024-12-05-24-12324", """
                        EN CONSÉQUENCE :
                        La requête en radiation est rejetée.""", CC, "autre"),
                row("cass-2024-12-05-24-12179", """
                        EN CONSÉQUENCE :
                        Il est constaté que l'union de recouvrement des cotisations de sécurité sociale et d'allocations familiales (URSSAF) Rhône Alpes s'est désistée de sa requête en radiation du pourvoi enregistré sous le numéro J 24-12.179.""",
                        CC, "autre"),
                // tribunaux
                row("tcom-7202-2024006456-2024-10-22-3", """
                        PAR CES MOTIFS
                        Ordonnons une expertise judiciaire du véhicule.
                        Désignons pour y procéder [E], expert près la cour d'appel d'Angers.""", TC, "avant_dire_droit"),
                row("tcom-8501-2022004346-2022-11-23-2", """
                        PAR CES MOTIFS
                        LE TRIBUNAL, après en avoir délibéré, statuant en premier ressort, par jugement contradictoire,
                        OUVRE la procédure de liquidation judiciaire prévue par les articles L.640-1 et suivants du code de commerce""",
                        TC, "autre"),
                row("tj-paris-2024-11-15-22-11378-1021", """
                        PAR CES MOTIFS
                        CONSTATE le désistement d'instance et d'action de la société 202 rue de Tolbiac à l'égard des sociétés Banque Populaires Rives de Paris et MK Idées ;
                        DÉCLARE le désistement parfait ;""", TJ, "desistement"),
                row("tj-paris-2024-11-15-22-34783-9980", """
                        PAR CES MOTIFS
                        DÉBOUTE les parties de l'ensemble de leurs demandes,
                        DIT que les dépens seront partagés par moitié entre les parties.""", TJ, "rejet"),
                row("tj-bobigny-2024-11-15-23-06983-1528", """
                        PAR CES MOTIFS,
                        Condamne Monsieur Claudine Noémi à payer à la société Iso set la somme de 10.313 euros, outre intérêts au taux légal à compter du 6 avril 2023 et jusqu'à complet paiement ;
                        Déboute la société Iso set de sa demande de dommages et intérêts ;""", TJ, "autre"),
                row("tj-bobigny-2024-11-15-23-05060-9743", """
                        PAR CES MOTIFS,
                        Rejette l'exception d'incompétence soulevée par M. Charlotte Aimée ;
                        Déclare le tribunal judiciaire de Bobigny territorialement compétent pour connaître du présent litige ;""",
                        TJ, "autre"),
                row("tj-le-mesnil-amelot-2024-11-10-24-02133-9108", """
                        PAR CES MOTIFS,
                        CONSTATONS le desistement du moyen tiré de l'incompétence de l'auteur de l'acte,\s
                        DÉCLARONS la requête du PRÉFET DE LA SEINE-SAINT-DENIS recevable et la procédure régulière ;
                        ORDONNONS la prolongation de la rétention de M. Élise se disant Pauline Rémy Emmanuel""", TJ, "autre"));
    }

    @ParameterizedTest
    @MethodSource("rows")
    void readsTheSolutionFromTheDispositif(Row row) {
        String text = row.reasons() + row.dispositif();
        Outcome outcome = new OutcomeExtractor().extract(RulingText.of(text), row.courtKind());
        assertEquals(new Outcome(row.solution(), row.dispositif()), outcome);
    }

    /**
     * Dispositifs in capitals and accents, shaped on the shared ones: they guard the check of a
     * disposition's words on the case-folded dispositif, made before its pattern is searched.
     */
    static Stream<Row> capitals() {
        return Stream.of(
                row("capitals: DÉCLARE ... IRRECEVABLE", """
                        PAR CES MOTIFS
                        DÉCLARE l'appel IRRECEVABLE ;
                        Condamne M. [W] aux dépens.""", CA, "irrecevabilite"),
                row("capitals: PÉREMPTION", """
                        PAR CES MOTIFS
                        CONSTATE la PÉREMPTION de l'instance ;
                        Laisse les dépens à la charge de l'appelant.""", CA, "peremption"),
                row("capitals: MET À NÉANT", """
                        PAR CES MOTIFS
                        MET À NÉANT le jugement déféré ;
                        Statuant à nouveau,
                        Déboute M. [W] de ses demandes.""", CA, "infirmation"),
                row("capitals: RADIATION", """
                        PAR CES MOTIFS
                        ORDONNE la RADIATION de l'affaire ;""", CA, "radiation"),
                row("capitals: SURSOIT À STATUER", """
                        PAR CES MOTIFS
                        SURSOIT À STATUER jusqu'au dépôt du rapport d'expertise ;""", CA, "avant_dire_droit"));
    }

    @ParameterizedTest
    @MethodSource("capitals")
    void readsDispositifsInCapitals(Row row) {
        readsTheSolutionFromTheDispositif(row);
    }

    /** ca-lyon-2024-10-22-24-07394: no heading opens the dispositif; its last lines are read instead. */
    @Test
    void readsTheLastLinesOfADecisionWithoutDispositifHeading() {
        String text = """
                COUR D'APPEL
                de LYON
                ORDONNANCE AFFAIRE GRACIEUSE
                Nous, Sophie DUMURGIER, Présidente de la 3ème chambre A ;
                Vu l'article 810 du Code de Procédure Civile ;
                Nous désignons en qualité de Conseiller rapporteur pour instruire l'affaire.\s
                Ordonnons la communication de la présente procédure à Madame la Procureure Générale.
                La Présidente,
                """;
        assertEquals(new Outcome("autre", null), new OutcomeExtractor().extract(RulingText.of(text), CA));
    }
}
