package org.citypeers.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DictdReaderTest {

    static Path fixtures() throws URISyntaxException {
        return Path.of(DictdReaderTest.class.getResource("/dictd/freedict-pol-eng.index").toURI()).getParent();
    }

    @Test
    void decodes_dictd_base64_numbers() {
        assertThat(DictdReader.decode("A")).isZero();
        assertThat(DictdReader.decode("BG")).isEqualTo(70);
        assertThat(DictdReader.decode("KsFd")).isEqualTo(10 * 64 * 64 * 64 + 44 * 64 * 64 + 5 * 64 + 29);
    }

    @Test
    void takes_the_first_line_and_numbered_senses_but_not_definitions_or_cross_references() {
        String wikdict = "miasto /ˈmʲjastɔ/ <n>\n1. city, town 2.\n(administracja) znaczny obszar gęsto zabudowany\n 3.\n"
                + "2. city, inner city\n";
        assertThat(DictdReader.translations(wikdict, 5)).containsExactly("city", "town", "inner city");
        String freedict = "Abbaufeld /abˈaʊfɛlt/ <neut, n, sg>\n [min.] field <n>, district <n>, set <n>\n"
                + " see: {Abbaufelder}, {unverritztes Abbaufeld}\n";
        assertThat(DictdReader.translations(freedict, 2)).containsExactly("field", "district");
    }

    @Test
    void drops_notes_and_long_explanations() {
        assertThat(DictdReader.translations("afiša <n, f>\n1. bill, (maža) notice, a thing that is put on a wall\n", 5))
                .containsExactly("bill", "notice");
    }

    @Test
    void reads_a_dictzip_dictionary_in_file_order() throws Exception {
        Map<String, List<String>> entries = new LinkedHashMap<>();
        Path dir = fixtures();
        DictdReader.read(dir.resolve("freedict-pol-eng.index"), dir.resolve("freedict-pol-eng.dict.dz"), 3, entries::put);
        assertThat(entries.keySet()).startsWith("powódź", "powodzie", "biblioteka").doesNotContain("00-database-info");
        assertThat(entries.get("powódź")).containsExactly("flood", "deluge", "inundation");
        assertThat(entries.get("biblioteka")).containsExactly("library", "bookcase");
        assertThat(entries.get("samotny")).containsExactly("lonely", "solitary", "alone");
    }
}
