package org.citypeers.search.internal;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** Replays tokens analysed earlier, so that a long text is not analysed twice while indexing. */
final class TokenListStream extends TokenStream {

    private final List<AnalysedText.Token> tokens;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    TokenListStream(List<AnalysedText.Token> tokens) {
        this.tokens = tokens;
    }

    /** Terms without offsets (a field derived from the text, such as its English pivot stems). */
    static TokenListStream ofTerms(List<String> terms) {
        List<AnalysedText.Token> tokens = new java.util.ArrayList<>(terms.size());
        for (String t : terms) {
            tokens.add(new AnalysedText.Token(t, 0, 0));
        }
        return new TokenListStream(tokens);
    }

    @Override
    public boolean incrementToken() {
        if (next >= tokens.size()) {
            return false;
        }
        clearAttributes();
        AnalysedText.Token t = tokens.get(next++);
        term.setEmpty().append(t.term());
        offset.setOffset(t.start(), t.end());
        return true;
    }

    @Override
    public void reset() {
        next = 0;
    }
}
