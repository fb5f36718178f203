package org.citypeers.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A text run through a language's analyser: its terms (stems) with their character offsets. */
record AnalysedText(List<Token> tokens) {

    record Token(String term, int start, int end) {}

    static AnalysedText of(String text, String language) {
        return of(LanguageAnalyzers.forLanguage(language), text);
    }

    static AnalysedText of(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return new AnalysedText(tokens);
        }
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AnalysedText(tokens);
    }

    List<String> terms() {
        return tokens.stream().map(Token::term).toList();
    }
}
