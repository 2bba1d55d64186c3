package fr.arretiste.bench;

/** The measured work of one phase, run in its child JVM; the child times it and watches its memory. */
interface PhaseWork {
    Done run(BenchSetup setup) throws Exception;

    /**
     * What the work did: the rulings it handled, its worker threads (0: the framework's own), the time
     * summed inside {@code RulingExtractor.extract} over the workers (extraction only), the search latencies
     * (search only).
     */
    record Done(long rulings, int workers, Double extractSeconds, SearchLatency search) {
        static Done of(long rulings, int workers) {
            return new Done(rulings, workers, null, null);
        }
    }
}
