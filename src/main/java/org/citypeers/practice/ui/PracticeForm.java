package org.citypeers.practice.ui;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.city.City;
import org.citypeers.practice.BudgetRange;
import org.citypeers.practice.GoodPractice;
import org.citypeers.practice.PracticeData;
import org.citypeers.practice.PracticeData.AdaptationData;
import org.citypeers.programme.Programme;

/** The bean behind the practice form: lists are edited one entry per line. */
class PracticeForm {
    String title = "";
    String summary = "";
    String description = "";
    City city;
    String cityName = "";
    String country;
    Integer population;
    Programme programme;
    String language = "";
    Set<String> themes = new HashSet<>();
    String targetGroups = "";
    String stakeholders = "";
    BudgetRange budget;
    String staff = "";
    String results = "";
    String transferability = "";
    String contact = "";
    String links = "";
    Integer year;
    String url = "";
    List<String> tags = List.of();

    void read(GoodPractice p) {
        title = p.getTitle();
        summary = p.getSummary();
        description = nz(p.getDescription());
        city = p.getCity();
        cityName = p.getCity() == null ? p.getCityName() : "";
        country = p.getCity() == null ? p.getCountry() : null;
        population = p.getPopulation();
        programme = p.getProgramme();
        language = p.isLanguageDetected() ? "" : p.getLanguage();
        themes = new HashSet<>(p.getThemes());
        targetGroups = String.join("\n", p.getTargetGroups());
        stakeholders = String.join("\n", p.getStakeholders());
        budget = p.getBudgetRange();
        staff = nz(p.getStaff());
        results = nz(p.getResults());
        transferability = nz(p.getTransferability());
        contact = nz(p.getContact());
        links = String.join("\n", p.getLinks());
        year = p.getYear();
        url = nz(p.getUrl());
        tags = List.copyOf(p.getTags());
    }

    static List<AdaptationData> adaptationsOf(GoodPractice p) {
        return p.getAdaptations().stream().map(a -> new AdaptationData(null, a.getCityName(), a.getCountry(), a.getHow(), a.getYear()))
                .toList();
    }

    PracticeData toData(List<AdaptationData> adaptations) {
        return new PracticeData(title, summary, description, city == null ? null : city.getId(), city == null ? cityName : null,
                city == null ? country : null, population, programme == null ? null : programme.getId(), null,
                language == null || language.isBlank() ? null : language, themes.stream().sorted().toList(),
                tags, split(targetGroups), split(stakeholders), budget, staff, results, transferability, contact, split(links),
                year, url, adaptations);
    }

    static List<String> split(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static boolean linksValid(String lines) {
        return split(lines).stream().allMatch(PracticeForm::isWebAddress);
    }

    static boolean isWebAddress(String s) {
        try {
            URI u = new URI(s.trim());
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
