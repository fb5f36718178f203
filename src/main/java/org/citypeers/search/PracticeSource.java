package org.citypeers.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the index reads published practices from (the practice feature's read API). Only published
 * practices are ever handed to the index, so nothing unpublished can be found.
 */
public interface PracticeSource {

    /** Calls {@code sink} with every published practice (in batches, inside a read-only transaction). */
    void forEachPublished(Consumer<IndexedPractice> sink);

    /** The practice if it exists and is published. */
    Optional<IndexedPractice> findPublished(long id);

    /** How many practices are published (to detect an index out of step with the database). */
    long countPublished();
}
