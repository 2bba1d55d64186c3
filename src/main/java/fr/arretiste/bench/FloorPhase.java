package fr.arretiste.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

import fr.arretiste.ingest.InputFiles;

/**
 * Phase (a), the floor no import can beat: Tika's parse and Lucene's French indexing of the text and an id,
 * nothing else, one worker per core, into a throw-away index (deleted once the phase is timed).
 */
final class FloorPhase implements PhaseWork {
    private static final int NO_LIMIT = -1;

    @Override
    public Done run(BenchSetup setup) throws Exception {
        List<Path> files = InputFiles.under(List.of(setup.corpus())).files();
        AutoDetectParser tika = new AutoDetectParser();
        AtomicLong indexed = new AtomicLong();
        IndexWriterConfig config = new IndexWriterConfig(new FrenchAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(setup.floorIndex()), config)) {
            FileWorkers.run(files, file -> {
                BodyContentHandler text = new BodyContentHandler(NO_LIMIT);
                Metadata metadata = new Metadata();
                try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
                    tika.parse(in, text, metadata, new ParseContext());
                }
                Document doc = new Document();
                doc.add(new StringField("id", file.toString(), Field.Store.NO));
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                writer.addDocument(doc);
                indexed.incrementAndGet();
            });
            writer.commit();
        }
        return Done.of(indexed.get(), FileWorkers.COUNT);
    }
}
