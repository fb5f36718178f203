package org.citypeers.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * A light Slovenian stemmer: strips the most frequent inflectional endings of nouns, adjectives and
 * verbs (longest first) while keeping a stem of at least four letters, in the spirit of Lucene's light
 * stemmers for other languages. Written here because Lucene has no Slovenian stemmer and no Slovenian
 * Hunspell dictionary can be assumed on the machines that run CityPeers.
 */
final class SlovenianLightStemFilter extends TokenFilter {

    /** Frequent Slovenian function words (own list). */
    static final CharArraySet STOPWORDS = CharArraySet.unmodifiableSet(new CharArraySet(Arrays.asList(
            "in", "ali", "pa", "da", "je", "so", "sem", "smo", "ste", "si", "bi", "bo", "bodo", "biti", "ki", "ko",
            "kot", "ne", "na", "v", "vo", "z", "s", "za", "po", "pri", "od", "do", "iz", "o", "ob", "med", "nad",
            "pod", "pred", "skozi", "proti", "brez", "to", "ta", "te", "ti", "tega", "temu", "tem", "tej", "teh",
            "ter", "tudi", "že", "še", "samo", "le", "pa", "ker", "če", "kjer", "kako", "kaj", "kdo", "kar",
            "naš", "naša", "naše", "naši", "našem", "naših", "svoj", "svoje", "svojih", "njihov", "njihove", "ni",
            "so", "bil", "bila", "bilo", "bili", "smo", "imamo", "ima", "imajo", "lahko", "zelo", "več", "vse",
            "vsi", "vseh", "jih", "jim", "ga", "mu", "jo", "se", "sebe", "mi", "vi", "oni", "ona", "ono", "jaz",
            "zato", "saj", "a", "ampak", "vendar", "oz", "npr", "pa", "tako", "kateri", "katera", "katere",
            "katerih", "ki", "tam", "tu", "tukaj", "sta", "bomo", "želimo", "radi", "bi", "nas", "nam"), true));

    private static final String[] SUFFIXES = {
        "ovega", "evega", "ovemu", "evemu", "ijo", "ajo", "amo", "imo", "emo", "ate", "ite", "ete",
        "ega", "emu", "ima", "ami", "ovi", "evi", "ove", "eve", "ov", "ev", "ih", "im", "om", "em", "ah",
        "ati", "iti", "eti", "al", "il", "el", "a", "e", "i", "o", "u"
    };
    private static final int MIN_STEM = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SlovenianLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            term.setLength(stem(term.buffer(), term.length()));
        }
        return true;
    }

    static int stem(char[] s, int len) {
        for (String suffix : SUFFIXES) {
            int n = suffix.length();
            if (len - n >= MIN_STEM && endsWith(s, len, suffix)) {
                return len - n;
            }
        }
        return len;
    }

    private static boolean endsWith(char[] s, int len, String suffix) {
        int start = len - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (s[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
