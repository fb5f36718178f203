package org.citypeers.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.pl.PolishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.stempel.StempelFilter;
import org.apache.lucene.analysis.stempel.StempelStemmer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;

/**
 * The analysis chain of each content language: standard tokenizer, lower case, the language's stop
 * words, its stemmer, then accent folding (after the stemmer, which expects the accents). The same
 * chain analyses documents, queries and lexicon labels, so inflected forms meet on the same stem.
 * See docs/adr/0006-multilingual-index.md.
 */
public final class LanguageAnalyzers {

    /** Languages with their own analysed field; any other code falls back to {@link #GENERIC}. */
    public static final List<String> LANGUAGES = List.of("en", "pl", "lt", "lv", "et", "sl", "de", "sv", "fi", "da");

    /** Analysis without stemming for text of unknown language. */
    public static final String GENERIC = "xx";

    /** Minimum and maximum length of the language-independent character n-grams. */
    static final int NGRAM = 4;

    private static final Map<String, Analyzer> ANALYZERS = new HashMap<>();
    private static final CharArraySet ALL_STOPWORDS;
    private static final Analyzer NGRAMS;

    static {
        ANALYZERS.put("en", chain(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
                ts -> new PorterStemFilter(ts), ts -> new EnglishPossessiveFilter(ts)));
        // a stemmer per token stream: StempelStemmer has a buffer and is not thread-safe (the table is)
        ANALYZERS.put("pl", chain(PolishAnalyzer.getDefaultStopSet(),
                ts -> new StempelFilter(ts, new StempelStemmer(PolishAnalyzer.getDefaultTable())), null));
        ANALYZERS.put("lt", chain(LithuanianAnalyzer.getDefaultStopSet(),
                ts -> new SnowballFilter(ts, new LithuanianStemmer()), null));
        ANALYZERS.put("lv", chain(LatvianAnalyzer.getDefaultStopSet(), LatvianStemFilter::new, null));
        ANALYZERS.put("et", chain(EstonianAnalyzer.getDefaultStopSet(),
                ts -> new SnowballFilter(ts, new EstonianStemmer()), null));
        ANALYZERS.put("sl", chain(SlovenianLightStemFilter.STOPWORDS, SlovenianLightStemFilter::new, null));
        ANALYZERS.put("de", chain(GermanAnalyzer.getDefaultStopSet(),
                ts -> new GermanLightStemFilter(new GermanNormalizationFilter(ts)), null));
        ANALYZERS.put("sv", chain(SwedishAnalyzer.getDefaultStopSet(), SwedishLightStemFilter::new, null));
        ANALYZERS.put("fi", chain(FinnishAnalyzer.getDefaultStopSet(), FinnishLightStemFilter::new, null));
        ANALYZERS.put("da", chain(DanishAnalyzer.getDefaultStopSet(),
                ts -> new SnowballFilter(ts, new DanishStemmer()), null));
        ANALYZERS.put(GENERIC, chain(CharArraySet.EMPTY_SET, ts -> ts, null));

        CharArraySet all = new CharArraySet(4096, true);
        all.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        all.addAll(PolishAnalyzer.getDefaultStopSet());
        all.addAll(LithuanianAnalyzer.getDefaultStopSet());
        all.addAll(LatvianAnalyzer.getDefaultStopSet());
        all.addAll(EstonianAnalyzer.getDefaultStopSet());
        all.addAll(SlovenianLightStemFilter.STOPWORDS);
        all.addAll(GermanAnalyzer.getDefaultStopSet());
        all.addAll(SwedishAnalyzer.getDefaultStopSet());
        all.addAll(FinnishAnalyzer.getDefaultStopSet());
        all.addAll(DanishAnalyzer.getDefaultStopSet());
        ALL_STOPWORDS = CharArraySet.unmodifiableSet(all);
        NGRAMS = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new StopFilter(ts, ALL_STOPWORDS);
                ts = new ASCIIFoldingFilter(ts);
                ts = new NGramTokenFilter(ts, NGRAM, NGRAM, false);
                return new TokenStreamComponents(source, ts);
            }
        };
    }

    private LanguageAnalyzers() {}

    /** The analyser of a language (ISO 639-1), or the generic one for an unsupported code. */
    public static Analyzer forLanguage(String language) {
        return ANALYZERS.getOrDefault(normalise(language), ANALYZERS.get(GENERIC));
    }

    /** The language-independent character n-gram analyser (stop words of every language removed). */
    public static Analyzer ngrams() {
        return NGRAMS;
    }

    /** A supported language code, or {@link #GENERIC}. */
    public static String normalise(String language) {
        if (language == null) {
            return GENERIC;
        }
        String l = language.trim().toLowerCase(Locale.ROOT);
        return LANGUAGES.contains(l) ? l : GENERIC;
    }

    public static boolean isSupported(String language) {
        return language != null && LANGUAGES.contains(language.trim().toLowerCase(Locale.ROOT));
    }

    private static Analyzer chain(CharArraySet stopwords, Function<TokenStream, TokenStream> stemmer,
                                  Function<TokenStream, TokenStream> beforeLowerCase) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = beforeLowerCase == null ? source : beforeLowerCase.apply(source);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, stopwords);
                ts = stemmer.apply(ts);
                ts = new ASCIIFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
