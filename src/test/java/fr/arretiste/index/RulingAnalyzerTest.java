package fr.arretiste.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulingAnalyzerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # elision with the typographic apostrophe, accents folded, light stemming (ca-douai-2022-12-08-21-01153.txt)
            Dit n’y avoir lieu à application des dispositions de l’article 700 | dit y avoi lieu a aplic des dispos de articl 700
            # singular and plural, masculine and feminine meet (ca-douai-2022-12-08-21-01153.txt)
            Condamne la SAS D2L informatique aux dépens                  | condamn la sas d2l informat aux depen
            # an unaccented query gives the terms of the accented text
            Condamne la SAS D2L informatique aux depens                  | condamn la sas d2l informat aux depen
            # qu' and d' (cass-2024-10-23-23-86670.txt)
            qu'il existe des charges suffisantes contre M. [I] d'avoir   | il exist des charg sufisant contr m i avoi
            # the singular finds the plural above
            une charge suffisante                                        | une charg sufisant
            """)
    void analysesTheTextForFrench(String text, String terms) throws IOException {
        assertEquals(List.of(terms.split(" ")), terms(RulingAnalyzer.text(), text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            # a name keeps its words whole, folded (gold/ca-dijon-2024-10-22-24-00403.json)
            Frédérique FOVEAU      | frederique foveau
            Cour d'appel de Dijon  | cour appel de dijon
            cour_appel             | cour_appel
            [O] [W]                | o w
            """)
    void foldsNamesWithoutStemming(String name, String terms) throws IOException {
        assertEquals(List.of(terms.split(" ")), terms(RulingAnalyzer.names(), name));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("field", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
