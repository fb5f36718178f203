package org.citypeers.award.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The certificate and the plan export print the cities' characters right, and the plan export is tagged. */
class PdfExportTest {

    static PlanDocument tauragePlan() {
        List<PlanDocument.Part> parts = new ArrayList<>();
        parts.add(new PlanDocument.Section("Kontekstas ir pradinė padėtis",
                "Tauragė – mažas miestas; jaunimas išvyksta į Klaipėdą ir Vilnių. " + PdfText.DIACRITICS, 100));
        parts.add(new PlanDocument.Questionnaire("Atsparumo klausimynas", "72 / 100",
                List.of(new PlanDocument.Answer("Ar bendruomenė dalyvauja sprendimuose?", "4 / 5"))));
        parts.add(new PlanDocument.Section("Vizija ir tikslai", "Gyvas kultūros centras visiems gyventojams.", 80));
        parts.add(new PlanDocument.Stakeholders("Stakeholders and ecosystem", List.of(
                new PlanDocument.Stakeholder("Jaunimo taryba", "Bendrakūrėjai", "high", "high"),
                new PlanDocument.Stakeholder("Muzeum Pomorza Środkowego w Słupsku", "Partneris", "low", "high"))));
        PlanDocument.Action action = new PlanDocument.Action("Kultūros dirbtuvės senajame malūne",
                "Apleistas pastatas tampa jaunimo kūrybinėmis dirbtuvėmis.", "Sulaikyti jaunimą", "Tauragės kultūros centras",
                "Słupsk, Kuldīga", LocalDate.of(2027, 1, 1), LocalDate.of(2028, 6, 30), "45 000 EUR", "Interreg BSR",
                List.of(new PlanDocument.Indicator("Dalyvių skaičius per metus", "120", "600")),
                List.of("Viljandi: pärimusmuusika õpikoda (Jõgeva, Põltsamaa)"));
        parts.add(new PlanDocument.Actions("Actions", List.of(action)));
        parts.add(new PlanDocument.Section("Rizikos", null, 0));
        // long enough to run over several pages
        for (int i = 0; i < 12; i++) {
            parts.add(new PlanDocument.Section("Stebėsena " + i, "Ąžuolų gatvės bendruomenė dalyvauja. ".repeat(40), 50));
        }
        return new PlanDocument("Tauragės kultūrinio atsparumo veiksmų planas", "Tauragė", "Lithuania",
                "BSR Cultural Pearls", "lt", "Submitted", 2, "Tauragė turns its empty mill into a cultural workshop.", parts);
    }

    @Test
    void the_plan_export_contains_every_part_and_the_cities_characters() throws Exception {
        byte[] pdf = PlanPdf.render(tauragePlan(), PdfText.ENGLISH);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = PdfText.openPdf(pdf);
        for (String expected : List.of("Tauragės kultūrinio atsparumo veiksmų planas", "Kontekstas ir pradinė padėtis",
                "Kultūros dirbtuvės senajame malūne", "Dalyvių skaičius per metus", "Jaunimo taryba",
                "Muzeum Pomorza Środkowego w Słupsku", "Atsparumo klausimynas", "Score: 72 / 100", "Stakeholders and ecosystem",
                "Viljandi: pärimusmuusika õpikoda", "Summary in English", "Not written yet.")) {
            assertThat(text).as("OpenPDF text").contains(expected);
        }
        for (String ch : PdfText.DIACRITICS.split(" ")) {
            assertThat(text).as("character " + ch).contains(ch);
        }
        String poppler = PdfText.pdftotext(pdf);
        if (poppler != null) {
            assertThat(poppler).contains("Kuldīga").contains("Słupsk").contains("Tauragės kultūrinio atsparumo veiksmų planas");
            for (String ch : PdfText.DIACRITICS.split(" ")) {
                assertThat(poppler).as("pdftotext: character " + ch).contains(ch);
            }
        }
    }

    @Test
    void the_plan_export_is_tagged_with_its_language_and_title_and_runs_over_several_pages() throws Exception {
        byte[] pdf = PlanPdf.render(tauragePlan(), PdfText.ENGLISH);
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.get(PdfName.STRUCTTREEROOT)).isNotNull();
            assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
            assertThat(catalog.get(PdfName.LANG).toString()).isEqualTo("lt");
            assertThat(reader.getInfo().get("Title")).isEqualTo("Tauragės kultūrinio atsparumo veiksmų planas");
            assertThat(reader.getNumberOfPages()).isGreaterThan(1);
            assertThat(pdf.length).as("one embedded subset per font face keeps the file small").isLessThan(200_000);
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                assertThat(reader.getPageN(i).get(PdfName.STRUCTPARENTS)).as("page " + i + " is in the structure").isNotNull();
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void the_certificate_names_the_title_the_city_and_the_citation_with_its_characters() throws Exception {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("BSR Cultural Pearl 2027", "Kuldīga", "Latvia",
                "BSR Cultural Pearls", "Kuldīgas vecpilsēta un Tauragė, Słupsk, Võru: " + PdfText.DIACRITICS, "15 March 2027", "en"),
                PdfText.ENGLISH);
        String text = PdfText.openPdf(pdf);
        assertThat(text).contains("BSR Cultural Pearl 2027").contains("Kuldīga").contains("is awarded to")
                .contains("Kuldīgas vecpilsēta").contains("by the programme BSR Cultural Pearls");
        for (String ch : PdfText.DIACRITICS.split(" ")) {
            assertThat(text).as("character " + ch).contains(ch);
        }
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isGreaterThan(reader.getPageSize(1).getHeight());
        reader.close();
        String poppler = PdfText.pdftotext(pdf);
        if (poppler != null) {
            assertThat(poppler).contains("Kuldīga").contains("Kuldīgas vecpilsēta");
            for (String ch : PdfText.DIACRITICS.split(" ")) {
                assertThat(poppler).as("pdftotext: character " + ch).contains(ch);
            }
        }
    }
}
