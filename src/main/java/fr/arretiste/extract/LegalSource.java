package fr.arretiste.extract;

/**
 * A text that articles belong to: its canonical lower-case name ("code civil", "loi n° 91-647 du
 * 10 juillet 1991", "contrat") and its kind (code, loi, decret, europeen, contrat, autre).
 */
record LegalSource(String name, String kind) {
    static final String CODE = "code";
    static final String LAW = "loi";
    static final String DECREE = "decret";
    static final String EUROPEAN = "europeen";
    static final String CONTRACT = "contrat";
    static final String OTHER = "autre";

    static final LegalSource CONTRACT_CLAUSES = new LegalSource("contrat", CONTRACT);

    /**
     * Whether "du même {@code family}" can point back to this source: "code" for every code,
     * otherwise the first word of the name ("loi", "décret", "règlement"...).
     */
    boolean isOf(String family) {
        return family.equals("code") ? kind.equals(CODE) : FoldedText.fold(name).startsWith(FoldedText.fold(family));
    }
}
