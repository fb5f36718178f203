package org.citypeers.practice;

import java.util.List;

/**
 * The outcome of an import. Either everything was imported ({@link #ok()}), or nothing was, and
 * {@link #fileError()} (the file as a whole) or {@link #entryErrors()} (per entry) say why.
 */
public record ImportResult(String fileError, List<EntryError> entryErrors, int entries, int created, int updated,
                           int unchanged) {

    /** A problem with one entry: its position (1-based) in the file, its id if it has one, and the messages. */
    public record EntryError(int position, String externalId, List<String> messages) {
        @Override
        public String toString() {
            return "entry " + position + (externalId == null ? "" : " (" + externalId + ")") + ": " + String.join("; ", messages);
        }
    }

    public boolean ok() {
        return fileError == null && entryErrors.isEmpty();
    }

    static ImportResult failed(String fileError) {
        return new ImportResult(fileError, List.of(), 0, 0, 0, 0);
    }

    static ImportResult failed(int entries, List<EntryError> errors) {
        return new ImportResult(null, List.copyOf(errors), entries, 0, 0, 0);
    }

    /** One readable paragraph (for logs). */
    public String describe() {
        if (ok()) {
            return entries + " practices: " + created + " new, " + updated + " updated, " + unchanged + " unchanged";
        }
        if (fileError != null) {
            return "nothing imported: " + fileError;
        }
        return "nothing imported: " + entryErrors.size() + " of " + entries + " entries have errors:\n  "
                + String.join("\n  ", entryErrors.stream().map(EntryError::toString).toList());
    }
}
