package org.citypeers.search.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.citypeers.search.MatchExplanation;
import org.citypeers.search.MatchExplanation.MatchedConcept;
import org.citypeers.search.Snippet;

/**
 * Explains a hit: the concepts shared with the query, the practice's words that match the query's words
 * (compared with the practice language's stemmer), and the best passages with both marked.
 */
final class Explainer {

    static final int SNIPPET_CHARS = 260;
    static final int MAX_SNIPPETS = 2;
    static final int MAX_TERMS = 12;
    /** Only this much of a long description is scanned for passages. */
    static final int MAX_SCAN_CHARS = 3_000;

    private final ConceptLexicon lexicon;

    Explainer(ConceptLexicon lexicon) {
        this.lexicon = lexicon;
    }

    record Span(int start, int end) {}

    /** @param feedback the concepts the feedback run searched (shared by the best matches), or none */
    MatchExplanation explain(QueryAnalysis query, String docLanguage, Set<String> docConcepts, String text,
                             String displayLanguage, Set<String> feedback) {
        Set<String> shared = new LinkedHashSet<>();
        for (String c : query.concepts.keySet()) {
            if (docConcepts.contains(c)) {
                shared.add(c);
            }
        }
        Set<String> related = new LinkedHashSet<>();
        for (String c : feedback) {
            if (docConcepts.contains(c) && !shared.contains(c)) {
                related.add(c);
            }
        }
        List<MatchedConcept> concepts = matched(shared, displayLanguage);

        String scanned = text.length() > MAX_SCAN_CHARS ? text.substring(0, MAX_SCAN_CHARS) : text;
        AnalysedText analysed = AnalysedText.of(scanned, docLanguage);
        Set<String> queryTerms = query.termsIn(docLanguage);
        List<Span> marks = new ArrayList<>();
        Set<String> terms = new LinkedHashSet<>();
        for (AnalysedText.Token t : analysed.tokens()) {
            if (queryTerms.contains(t.term())) {
                marks.add(new Span(t.start(), t.end()));
                if (terms.size() < MAX_TERMS) {
                    terms.add(scanned.substring(t.start(), t.end()).toLowerCase(Locale.ROOT));
                }
            }
        }
        // the concept scan (the costliest step) marks the shared concepts; the related ones only when they are
        // all there is to show (a practice found through the best matches alone)
        Set<String> marked = !shared.isEmpty() ? shared : terms.isEmpty() ? related : Set.of();
        if (!marked.isEmpty()) {
            for (ConceptLexicon.Hit hit : lexicon.find(analysed, docLanguage)) {
                if (marked.contains(hit.conceptId())) {
                    marks.add(new Span(hit.start(), hit.end()));
                }
            }
        }
        return new MatchExplanation(concepts, List.copyOf(terms), snippets(scanned, merge(marks)),
                matched(related, displayLanguage));
    }

    private List<MatchedConcept> matched(Set<String> ids, String displayLanguage) {
        return ids.stream()
                .map(id -> lexicon.concept(id).orElse(null))
                .filter(c -> c != null)
                .sorted(Comparator.comparing((Concept c) -> c.source().ordinal()))
                .map(c -> new MatchedConcept(c.id(), c.label(displayLanguage), c.source() == Concept.Source.THEME))
                .toList();
    }

    static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            if (!out.isEmpty() && s.start() <= out.get(out.size() - 1).end()) {
                Span last = out.remove(out.size() - 1);
                out.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Up to two passages around the densest groups of marks (or the opening when nothing is marked). */
    static List<Snippet> snippets(String text, List<Span> marks) {
        List<Snippet> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        if (marks.isEmpty()) {
            out.add(snippet(text, 0, Math.min(text.length(), SNIPPET_CHARS), marks));
            return out;
        }
        List<int[]> windows = new ArrayList<>();
        for (Span m : marks) {
            int start = Math.max(0, m.start() - SNIPPET_CHARS / 3);
            int end = Math.min(text.length(), start + SNIPPET_CHARS);
            int count = 0;
            for (Span o : marks) {
                if (o.start() >= start && o.end() <= end) {
                    count++;
                }
            }
            windows.add(new int[] {start, end, count});
        }
        windows.sort((a, b) -> a[2] != b[2] ? Integer.compare(b[2], a[2]) : Integer.compare(a[0], b[0]));
        List<int[]> chosen = new ArrayList<>();
        for (int[] w : windows) {
            if (chosen.size() == MAX_SNIPPETS) {
                break;
            }
            if (chosen.stream().noneMatch(c -> w[0] < c[1] && c[0] < w[1])) {
                chosen.add(w);
            }
        }
        chosen.sort(Comparator.comparingInt(w -> w[0]));
        for (int[] w : chosen) {
            out.add(snippet(text, w[0], w[1], marks));
        }
        return out;
    }

    private static Snippet snippet(String text, int start, int end, List<Span> marks) {
        start = wordStart(text, start);
        end = wordEnd(text, end);
        List<Snippet.Segment> segments = new ArrayList<>();
        if (start > 0) {
            segments.add(new Snippet.Segment("… ", false));
        }
        int pos = start;
        for (Span m : marks) {
            if (m.end() <= start || m.start() >= end) {
                continue;
            }
            int s = Math.max(m.start(), pos);
            int e = Math.min(m.end(), end);
            if (s > pos) {
                segments.add(new Snippet.Segment(clean(text.substring(pos, s)), false));
            }
            if (e > s) {
                segments.add(new Snippet.Segment(clean(text.substring(s, e)), true));
            }
            pos = Math.max(pos, e);
        }
        if (pos < end) {
            segments.add(new Snippet.Segment(clean(text.substring(pos, end)), false));
        }
        if (end < text.length()) {
            segments.add(new Snippet.Segment(" …", false));
        }
        return new Snippet(segments);
    }

    private static String clean(String s) {
        return s.replace('\n', ' ');
    }

    private static int wordStart(String text, int i) {
        if (i <= 0) {
            return 0;
        }
        int j = i;
        while (j < text.length() && j - i < 20 && !Character.isWhitespace(text.charAt(j - 1))) {
            j++;
        }
        return j >= text.length() ? i : j;
    }

    private static int wordEnd(String text, int i) {
        if (i >= text.length()) {
            return text.length();
        }
        int j = i;
        while (j > 0 && i - j < 20 && !Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j <= 0 ? i : j;
    }
}
