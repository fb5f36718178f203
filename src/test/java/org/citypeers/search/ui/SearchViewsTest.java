package org.citypeers.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.citypeers.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class SearchViewsTest extends ViewTest {

    @Test
    @WithAnonymousUser
    void a_visitor_searches_the_library_in_polish_and_gets_highlighted_practices_in_other_languages_too() {
        navigate(LibraryView.class);
        test($(TextField.class).id("library-search")).setValue("kultura");
        Div results = $(Div.class).id("library-results");
        assertThat(results.getChildren().count()).isPositive();
        assertThat(results.getElement().getOuterHTML()).contains("<mark>");
    }

    @Test
    @WithAnonymousUser
    void a_search_without_results_shows_the_empty_state() {
        navigate(LibraryView.class);
        test($(TextField.class).id("library-search")).setValue("qqxyzzyqq");
        assertThat($(Div.class).id("library-empty").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("coordinator@citypeers.eu")
    void a_coordinator_matches_a_german_challenge_and_sees_why_each_practice_fits() {
        navigate(MatchView.class);
        test($(TextArea.class).id("match-text")).setValue(
                "Junge Menschen verlassen unsere Kleinstadt; wir suchen Ideen, wie Kultur und Jugendarbeit sie halten.");
        @SuppressWarnings("unchecked")
        Select<String> language = $(Select.class).id("match-language");
        language.setValue("de");
        test($(Button.class).id("match-find")).click();
        String html = $(Div.class).id("match-results").getElement().getOuterHTML();
        assertThat(html).contains("cp-hit").contains("Why it matched");
    }

    @Test
    @WithAnonymousUser
    void a_practice_found_through_the_best_matches_names_the_concepts_it_shares_with_them() {
        MatchView view = navigate(MatchView.class);
        var related = new org.citypeers.search.MatchExplanation(java.util.List.of(), java.util.List.of(),
                java.util.List.of(), java.util.List.of(
                        new org.citypeers.search.MatchExplanation.MatchedConcept("g:honey", "honey", false)));
        String html = HitCard.why(view, related).getElement().getOuterHTML();
        assertThat(html).contains("why-related").contains("Like the best matches, it is about:").contains("honey")
                .doesNotContain("Similar wording only").doesNotContain("Why it matched");
        // a hit that shares concepts with the text is explained by them alone
        var direct = new org.citypeers.search.MatchExplanation(java.util.List.of(
                new org.citypeers.search.MatchExplanation.MatchedConcept("g:bees", "bees", false)), java.util.List.of(),
                java.util.List.of(), related.related());
        assertThat(HitCard.why(view, direct).getElement().getOuterHTML()).contains("bees").doesNotContain("why-related");
        String none = HitCard.why(view, org.citypeers.search.MatchExplanation.NONE).getElement().getOuterHTML();
        assertThat(none).contains("Similar wording only").doesNotContain("why-related");
    }

    @Test
    @WithAnonymousUser
    void an_empty_challenge_gives_a_message_and_no_results() {
        navigate(MatchView.class);
        test($(Button.class).id("match-find")).click();
        assertThat($(Div.class).id("match-results").getChildren().count()).isZero();
    }
}
