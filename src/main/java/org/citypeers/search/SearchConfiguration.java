package org.citypeers.search;

import java.nio.file.Path;
import org.citypeers.search.internal.ConceptLexicon;
import org.citypeers.search.internal.PivotDictionary;
import org.citypeers.search.internal.PracticeIndex;
import org.citypeers.search.internal.PracticeSearcher;
import org.citypeers.search.internal.PracticeSearcher.Feedback;
import org.citypeers.search.internal.PracticeSearcher.FusionSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search index beans: lexicon, index (under {@code citypeers.data-dir}/index) and searcher. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean
    ConceptLexicon conceptLexicon() {
        return ConceptLexicon.load();
    }

    /** FreeDict's xxx-eng dictionaries (dictd format), read in the background; optional. */
    @Bean
    PivotDictionary pivotDictionary(@Value("${citypeers.search.dictionaries:/usr/share/dictd}") String directory) {
        return PivotDictionary.loadInBackground(Path.of(directory));
    }

    @Bean(destroyMethod = "close")
    PracticeIndex practiceIndex(@Value("${citypeers.data-dir}") String dataDir, ConceptLexicon lexicon,
                                PivotDictionary pivot) {
        return new PracticeIndex(Path.of(dataDir, "index"), lexicon, pivot);
    }

    @Bean
    PracticeSearcher practiceSearcher(PracticeIndex index, ConceptLexicon lexicon, PivotDictionary pivot,
                                      @Value("${citypeers.search.fusion:score}") String method,
                                      @Value("${citypeers.search.weight.words:1.0}") double words,
                                      @Value("${citypeers.search.weight.concepts:3.0}") double concepts,
                                      @Value("${citypeers.search.weight.ngrams:0.3}") double ngrams,
                                      @Value("${citypeers.search.weight.pivot:" + FusionSettings.PIVOT + "}") double pivotWeight,
                                      @Value("${citypeers.search.rrf-k:60}") int rrfK,
                                      @Value("${citypeers.search.feedback.weight:" + Feedback.WEIGHT + "}") double feedbackWeight,
                                      @Value("${citypeers.search.feedback.docs:" + Feedback.DOCS + "}") int feedbackDocs,
                                      @Value("${citypeers.search.feedback.concepts:" + Feedback.CONCEPTS + "}") int feedbackConcepts) {
        return new PracticeSearcher(index, lexicon, pivot,
                FusionSettings.of(method, words, concepts, ngrams, pivotWeight, rrfK)
                        .with(new Feedback(feedbackWeight, feedbackDocs, feedbackConcepts)));
    }
}
