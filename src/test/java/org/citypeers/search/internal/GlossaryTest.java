package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped glossary is well formed: every concept in all ten languages, no duplicate concepts. */
class GlossaryTest {

    @Test
    void every_row_has_a_label_in_each_of_the_ten_languages_and_no_concept_appears_twice() throws Exception {
        List<String> problems = new ArrayList<>();
        Set<String> heads = new HashSet<>();
        String[] header = null;
        int rows = 0;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ConceptLexicon.GLOSSARY)) {
            assertThat(in).isNotNull();
            int lineNo = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (header == null) {
                    header = cols;
                    continue;
                }
                rows++;
                if (cols.length != header.length) {
                    problems.add("line " + lineNo + ": " + cols.length + " columns");
                    continue;
                }
                for (int i = 0; i < cols.length; i++) {
                    for (String v : cols[i].split("\\|", -1)) {
                        if (v.isBlank() || !v.equals(v.strip())) {
                            problems.add("line " + lineNo + " (" + header[i] + "): empty or padded variant in '" + cols[i] + "'");
                        }
                    }
                }
                if (!heads.add(cols[0].split("\\|")[0])) {
                    problems.add("line " + lineNo + ": concept '" + cols[0] + "' appears twice");
                }
            }
        }
        assertThat(header).containsExactly("en", "pl", "lt", "lv", "et", "sl", "de", "sv", "fi", "da");
        assertThat(problems).isEmpty();
        assertThat(rows).isGreaterThanOrEqualTo(1_900);
        // every glossary row becomes a concept of the lexicon
        assertThat(ConceptLexicon.load().size()).isGreaterThan(rows);
    }
}
