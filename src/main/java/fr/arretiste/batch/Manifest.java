package fr.arretiste.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the last imports made of each input file of one index: its SHA-256, and the id of its
 * ruling or the reason it was rejected. It is what lets an incremental run skip a file whose bytes
 * did not change. A table of the job repository's database, so that its rows are written in the
 * transaction of the chunk that analysed the files, with the step's restart position: a chunk
 * rolled back leaves no row behind. Rows are keyed by index folder, as one database may serve many.
 * Each row also says which job instance last analysed its file.
 */
final class Manifest {
    /** One input file as the last import that saw it left it; {@code rulingId} or {@code reason} is null. */
    record Entry(String source, String sha256, String rulingId, String reason) {
    }

    /** Reasons are messages of parsers: cut so that one never overflows its column. */
    private static final int MAX_REASON = 2000;
    private static final String TABLE = "ARRETISTE_MANIFEST";
    /** Rows read at once when the whole folder's are. */
    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;
    private final String index;

    Manifest(JdbcTemplate jdbc, Path index) {
        this.jdbc = jdbc;
        this.index = index.toString();
        // Portable DDL (H2 and PostgreSQL), run before any transaction: PostgreSQL would tie it to one.
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (INDEX_DIR VARCHAR(1000) NOT NULL,"
                + " SOURCE VARCHAR(2000) NOT NULL, SHA256 CHAR(64), RULING_ID VARCHAR(500), REASON VARCHAR("
                + MAX_REASON + "), JOB_INSTANCE_ID BIGINT NOT NULL, PRIMARY KEY (INDEX_DIR, SOURCE))");
        // references() asks, for each ruling a changed or removed file gave, whether another file gives it.
        jdbc.execute("CREATE INDEX IF NOT EXISTS " + TABLE + "_RULING ON " + TABLE + " (INDEX_DIR, RULING_ID)");
    }

    /**
     * The rows of these files that exist, by source. A join with the names rather than an IN list:
     * H2 reads an IN list on the key's second column by testing every row of the index folder
     * against it (an unchanged re-run spent most of its time there), but looks a join up by key.
     */
    Map<String, Entry> find(List<String> sources) {
        Map<String, Entry> entries = new HashMap<>();
        if (sources.isEmpty()) {
            return entries;
        }
        List<Object> args = new ArrayList<>(sources);
        args.add(index);
        jdbc.query("SELECT M.SOURCE, M.SHA256, M.RULING_ID, M.REASON FROM (VALUES "
                + String.join(", ", Collections.nCopies(sources.size(), "(CAST(? AS VARCHAR(2000)))")) + ") AS F(SOURCE)"
                + " JOIN " + TABLE + " M ON M.INDEX_DIR = ? AND M.SOURCE = F.SOURCE", row -> {
                    Entry e = new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
                    entries.put(e.source(), e);
                }, args.toArray());
        return entries;
    }

    /**
     * Records what job instance {@code run} made of these files, replacing their earlier rows: two
     * batched statements per chunk rather than one or two per file, since they sit on the chunk's
     * serial path. Delete-then-insert, as an upsert statement is not written alike in H2 and PostgreSQL.
     */
    void record(List<Entry> entries, long run) {
        jdbc.batchUpdate("DELETE FROM " + TABLE + " WHERE INDEX_DIR = ? AND SOURCE = ?",
                entries.stream().map(e -> new Object[] {index, e.source()}).toList());
        jdbc.batchUpdate("INSERT INTO " + TABLE + " (INDEX_DIR, SOURCE, SHA256, RULING_ID, REASON, JOB_INSTANCE_ID)"
                + " VALUES (?, ?, ?, ?, ?, ?)", entries.stream().map(e -> new Object[] {
                        index, e.source(), e.sha256(), e.rulingId(), cut(e.reason()), run}).toList());
    }

    private static String cut(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** Whether some file still gives this ruling: two files (a PDF and its text) may hold one decision. */
    boolean references(String rulingId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE INDEX_DIR = ? AND RULING_ID = ?",
                Integer.class, index, rulingId);
        return n != null && n > 0;
    }

    /**
     * The files of the manifest that are not among these, in source order: files that left the input.
     * Read a page of rows at a time, after the last source of the page before: the database would
     * otherwise hold the whole folder's rows in memory at once (400 MB of heap for 200,000 files).
     */
    List<Entry> notAmong(Set<String> sources) {
        List<Entry> gone = new ArrayList<>();
        String after = "";
        for (List<Entry> page = pageAfter(after); !page.isEmpty(); page = pageAfter(after)) {
            page.stream().filter(e -> !sources.contains(e.source())).forEach(gone::add);
            after = page.getLast().source();
        }
        return gone;
    }

    private List<Entry> pageAfter(String source) {
        return jdbc.query("SELECT SOURCE, SHA256, RULING_ID, REASON FROM " + TABLE + " WHERE INDEX_DIR = ? AND SOURCE > ?"
                        + " ORDER BY INDEX_DIR, SOURCE FETCH FIRST " + PAGE + " ROWS ONLY", // the key's order: no sort
                (row, n) -> new Entry(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), index, source);
    }

    void delete(String source) {
        jdbc.update("DELETE FROM " + TABLE + " WHERE INDEX_DIR = ? AND SOURCE = ?", index, source);
    }

    /** Forgets every file of this index: the next run analyses them all. */
    void clear() {
        jdbc.update("DELETE FROM " + TABLE + " WHERE INDEX_DIR = ?", index);
    }

    /** The ids of the rulings the files give, each once, sorted. */
    Set<String> rulingIds() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT RULING_ID FROM " + TABLE
                + " WHERE INDEX_DIR = ? AND RULING_ID IS NOT NULL", String.class, index));
    }
}
