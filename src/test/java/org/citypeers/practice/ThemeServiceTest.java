package org.citypeers.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

class ThemeServiceTest extends IntegrationTest {

    @Autowired ThemeService themes;

    @Test
    void the_taxonomy_is_seeded_with_at_least_40_themes_labelled_in_ten_languages() {
        assertThat(themes.all()).hasSizeGreaterThanOrEqualTo(40);
        for (ThemeInfo t : themes.all()) {
            assertThat(t.labels().keySet()).as(t.code()).contains("en", "pl", "lt", "lv", "et", "sl", "de", "sv", "fi", "da");
        }
        assertThat(themes.label("ageing", "pl")).isEqualTo("Starzenie się i osoby starsze");
        assertThat(themes.label("ageing", "xx")).isEqualTo("Ageing and older people");
    }

    @Test
    void free_labels_in_any_language_map_to_theme_codes_regardless_of_case_and_diacritics() {
        assertThat(themes.mapLabel("AGEING AND OLDER PEOPLE")).contains("ageing");
        assertThat(themes.mapLabel("starzenie sie i osoby starsze")).contains("ageing");
        assertThat(themes.mapLabel("Mieszkalnictwo")).contains("housing");
        assertThat(themes.mapLabel("housing")).contains("housing");
        assertThat(themes.mapLabel("Abandoned spaces")).contains("vacant-spaces-adaptive-reuse");
        assertThat(themes.mapLabel("Quantum chromodynamics")).isEmpty();
        assertThat(themes.mapLabel("Community")).as("ambiguous: several themes speak of communities").isEmpty();
        assertThat(themes.mapLabel("  ")).isEmpty();
    }

    @Test
    void the_demo_labels_mostly_map_to_the_taxonomy() {
        List<String> labels = List.of("Social resilience", "Small cities", "Baltic Sea Region", "International cooperation",
                "Capacity building", "City branding", "Eastern Partnership", "Artists' mobility", "Freedom of expression",
                "Literature", "Cultural policy", "City networks", "Cultural participation", "Neighbourhoods", "Libraries",
                "Housing estates", "Multilingual communities", "Community centres", "Community", "Small grants", "Co-creation",
                "Creative industries", "Film", "Audience development", "Decentralisation", "Cross-border cooperation", "Youth",
                "EU funding", "Ageing", "Intergenerational", "Civic dialogue", "Festivals", "Democracy", "Abandoned spaces",
                "Regional language", "Crisis preparedness", "Artists' studios");
        Map<String, String> mapped = new LinkedHashMap<>();
        labels.forEach(l -> mapped.put(l, themes.mapLabel(l).orElse("-")));
        System.out.println("Demo theme labels -> codes: " + mapped);
        assertThat(mapped.values().stream().filter(v -> !v.equals("-")).count()).isGreaterThanOrEqualTo(labels.size() * 2 / 3);
    }

    @Test
    @WithUserDetails("admin@citypeers.eu")
    void an_admin_adds_a_theme_and_edits_its_labels() {
        String code = "street-art-" + UUID.randomUUID().toString().substring(0, 6);
        themes.create(code, "culture-and-heritage", Map.of("en", new ThemeService.ThemeTextData("Street art " + code, List.of("murals")),
                "pl", new ThemeService.ThemeTextData("Sztuka ulicy", List.of("murale"))));
        assertThat(themes.label(code, "pl")).isEqualTo("Sztuka ulicy");
        themes.update(code, themes.versionOf(code), "culture-and-heritage",
                Map.of("en", new ThemeService.ThemeTextData("Street art and murals " + code, List.of("murals", "graffiti"))));
        assertThat(themes.find(code).orElseThrow().keywords().get("en")).containsExactly("murals", "graffiti");
        assertThat(themes.label(code, "pl")).startsWith("Street art and murals");
        assertThatThrownBy(() -> themes.create(code, null, Map.of("en", new ThemeService.ThemeTextData("x", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithUserDetails("expert@citypeers.eu")
    void only_admins_edit_the_taxonomy() {
        assertThatThrownBy(() -> themes.create("nope", null, Map.of("en", new ThemeService.ThemeTextData("Nope", List.of()))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
