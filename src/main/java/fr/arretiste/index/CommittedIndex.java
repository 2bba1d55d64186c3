package fr.arretiste.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The index as its last commit left it, read without a writer: what the import exports to
 * {@code rulings.jsonl} and what {@code check} verifies.
 */
public final class CommittedIndex {
    /** The id and stored JSON of one ruling. */
    public interface RulingConsumer {
        void accept(String id, String json) throws IOException;
    }

    private record Doc(String id, int leaf, int doc) {
    }

    private CommittedIndex() {
    }

    /** Whether {@code dir} holds a committed index. */
    public static boolean exists(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** How many rulings the index holds; 0 when there is none. */
    public static int count(Path dir) throws IOException {
        if (!exists(dir)) {
            return 0;
        }
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    /** When the last commit was written; null when there is no index. */
    public static FileTime lastCommit(Path dir) throws IOException {
        if (!exists(dir)) {
            return null;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return Files.getLastModifiedTime(dir.resolve(SegmentInfos.getLastCommitSegmentsFileName(directory)));
        }
    }

    /** Every ruling, in id order; none when there is no index. Memory: the ids, not the documents. */
    public static void forEachRuling(Path dir, RulingConsumer action) throws IOException {
        if (!exists(dir)) {
            return;
        }
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            List<Doc> docs = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                // The id's doc values: the ids without decompressing the stored documents.
                SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(RulingFields.ID);
                Bits live = leaf.reader().getLiveDocs();
                if (ids == null) {
                    continue;
                }
                for (int d = ids.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ids.nextDoc()) {
                    if (live == null || live.get(d)) {
                        docs.add(new Doc(ids.lookupOrd(ids.nextOrd()).utf8ToString(), leaf.ord, d));
                    }
                }
            }
            docs.sort(Comparator.comparing(Doc::id));
            List<StoredFields> stored = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                stored.add(leaf.reader().storedFields());
            }
            for (Doc d : docs) {
                action.accept(d.id(), stored.get(d.leaf()).document(d.doc(), Set.of(RulingFields.JSON)).get(RulingFields.JSON));
            }
        }
    }

    /** Lucene's CheckIndex: what is wrong with the index's files, nothing when they are sound. */
    public static List<String> problems(Path dir) throws IOException {
        if (!exists(dir)) {
            return List.of("no index in " + dir);
        }
        try (Directory directory = FSDirectory.open(dir); CheckIndex check = new CheckIndex(directory)) {
            CheckIndex.Status status = check.checkIndex();
            if (status.clean) {
                return List.of();
            }
            List<String> problems = new ArrayList<>();
            problems.add(String.format("CheckIndex: %d of %d segments damaged, %d documents lost",
                    status.numBadSegments, status.numSegments, status.totLoseDocCount));
            for (CheckIndex.Status.SegmentInfoStatus segment : status.segmentInfos) {
                if (segment.error != null) {
                    problems.add("segment " + segment.name + ": " + segment.error);
                }
            }
            return problems;
        }
    }
}
