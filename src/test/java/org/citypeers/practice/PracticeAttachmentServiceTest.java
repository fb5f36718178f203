package org.citypeers.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.citypeers.IntegrationTest;
import org.citypeers.base.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

class PracticeAttachmentServiceTest extends IntegrationTest {

    @Autowired PracticeAttachmentService files;
    @Autowired PracticeService practices;
    @Autowired UserDetailsService users;
    Actors actors;
    GoodPractice draft;

    @BeforeEach
    void setUp() {
        actors = new Actors(users);
        draft = actors.as("coordinator@citypeers.eu", () -> practices.create(PracticeData.minimal(
                "Files " + UUID.randomUUID().toString().substring(0, 6), "A practice with files.", null, null, null)));
    }

    @Test
    void a_coordinator_attaches_a_pdf_which_she_can_download_and_the_history_records_it() throws Exception {
        PracticeAttachment a = actors.as("coordinator@citypeers.eu", () -> files.add(draft.getId(), "..\\..\\report.pdf", FileTypesTest.PDF));
        assertThat(a.getFileName()).isEqualTo("report.pdf");
        assertThat(a.getContentType()).isEqualTo("application/pdf");
        PracticeAttachmentService.Download d = actors.as("coordinator@citypeers.eu", () -> files.open(draft.getId(), a.getId()));
        try (var in = d.content()) {
            assertThat(in.readAllBytes()).isEqualTo(FileTypesTest.PDF);
        }
        assertThat(actors.as("coordinator@citypeers.eu", () -> practices.history(draft.getId())))
                .extracting(PracticeVersion::getAction).first().isEqualTo(PracticeVersion.Action.ATTACHMENT_ADDED);
    }

    @Test
    void html_disguised_as_pdf_and_too_big_files_are_refused() {
        assertThatThrownBy(() -> actors.as("coordinator@citypeers.eu", () -> files.add(draft.getId(), "report.pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Only PDF");
        byte[] big = new byte[(int) PracticeAttachmentService.MAX_BYTES + 1];
        System.arraycopy(FileTypesTest.PDF, 0, big, 0, FileTypesTest.PDF.length);
        assertThatThrownBy(() -> actors.as("coordinator@citypeers.eu", () -> files.add(draft.getId(), "big.pdf", big)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 MB");
        assertThat(actors.as("coordinator@citypeers.eu", () -> files.list(draft.getId()))).isEmpty();
    }

    @Test
    void visitors_cannot_download_files_of_an_unpublished_practice_and_other_cities_cannot_attach() {
        PracticeAttachment a = actors.as("coordinator@citypeers.eu", () -> files.add(draft.getId(), "r.pdf", FileTypesTest.PDF));
        assertThatThrownBy(() -> actors.as(null, () -> files.open(draft.getId(), a.getId()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actors.as("lublin@citypeers.eu", () -> files.add(draft.getId(), "x.pdf", FileTypesTest.PDF)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actors.as("expert@citypeers.eu", () -> files.add(draft.getId(), "x.pdf", FileTypesTest.PDF)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
