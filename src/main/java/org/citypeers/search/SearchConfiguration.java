package org.citypeers.search;

import java.nio.file.Path;
import org.citypeers.search.internal.ConceptLexicon;
import org.citypeers.search.internal.PracticeIndex;
import org.citypeers.search.internal.PracticeSearcher;
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

    @Bean(destroyMethod = "close")
    PracticeIndex practiceIndex(@Value("${citypeers.data-dir}") String dataDir, ConceptLexicon lexicon) {
        return new PracticeIndex(Path.of(dataDir, "index"), lexicon);
    }

    @Bean
    PracticeSearcher practiceSearcher(PracticeIndex index, ConceptLexicon lexicon,
                                      @Value("${citypeers.search.fusion:score}") String method,
                                      @Value("${citypeers.search.weight.words:1.0}") double words,
                                      @Value("${citypeers.search.weight.concepts:3.0}") double concepts,
                                      @Value("${citypeers.search.weight.ngrams:0.3}") double ngrams,
                                      @Value("${citypeers.search.rrf-k:60}") int rrfK) {
        return new PracticeSearcher(index, lexicon, FusionSettings.of(method, words, concepts, ngrams, rrfK));
    }
}
