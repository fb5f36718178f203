package org.citypeers.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import org.citypeers.ViewTest;
import org.citypeers.programme.ProgrammeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class ProgrammeViewsTest extends ViewTest {

    @Autowired
    ProgrammeService programmes;

    @Test
    @WithAnonymousUser
    void visitors_see_the_programme_list_without_an_edit_button() {
        navigate(ProgrammeListView.class);
        assertThat($(Button.class).all()).noneMatch(b -> "new-programme".equals(b.getId().orElse("")));
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void saving_an_empty_programme_form_shows_messages_under_the_fields_and_saves_nothing() {
        int before = programmes.findAll().size();
        navigate("programmes/new/edit", ProgrammeEditView.class);
        TextField name = $(TextField.class).id("programme-name");
        test($(Button.class).id("save-programme")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Please fill in this field.");
        assertThat(programmes.findAll()).hasSize(before);
    }

    @Test
    @WithUserDetails("manager@citypeers.eu")
    void a_manager_creates_a_programme_through_the_form() {
        navigate("programmes/new/edit", ProgrammeEditView.class);
        test($(TextField.class).id("programme-name")).setValue("Creative Towns Exchange");
        test($(TextField.class).id("programme-short-name")).setValue("CTE");
        test($(Button.class).id("save-programme")).click();
        assertThat(programmes.findAll()).extracting(p -> p.getName()).contains("Creative Towns Exchange");
    }
}
