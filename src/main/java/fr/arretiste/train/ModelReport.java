package fr.arretiste.train;

/** What models/README.md says of one model: its file, how it was built, and its cross-validated scores. */
record ModelReport(String file, String title, String data, String features, String parameters, String scores) {
}
