package org.citypeers.search;

import java.util.List;

/**
 * Why a practice matched: the concepts (themes, glossary entries, EuroVoc descriptors) shared by the
 * query and the practice, the words of the practice that matched the query's words, and passages of the
 * practice's text with both highlighted; and the related concepts: those it shares with the best matches
 * but not with the query (the concept feedback run found it through them, see ADR 0016).
 */
public record MatchExplanation(List<MatchedConcept> concepts, List<String> terms, List<Snippet> snippets,
                               List<MatchedConcept> related) {

    public static final MatchExplanation NONE = new MatchExplanation(List.of(), List.of(), List.of(), List.of());

    /** A shared concept with its label in the reader's language. */
    public record MatchedConcept(String id, String label, boolean theme) {}

    public MatchExplanation {
        concepts = List.copyOf(concepts);
        terms = List.copyOf(terms);
        snippets = List.copyOf(snippets);
        related = List.copyOf(related);
    }
}
