package org.citypeers.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.citypeers.practice.PracticeService;
import org.citypeers.practice.PracticeSnapshot;
import org.springframework.stereotype.Component;

/** Reads published practices through the practice feature's index-facing API. */
@Component
class PracticeServiceSource implements PracticeSource {

    private final PracticeService practices;

    PracticeServiceSource(PracticeService practices) {
        this.practices = practices;
    }

    @Override
    public void forEachPublished(Consumer<IndexedPractice> sink) {
        practices.streamAllForIndex(p -> {
            if (p.published()) {
                sink.accept(toIndexed(p));
            }
        });
    }

    @Override
    public Optional<IndexedPractice> findPublished(long id) {
        return practices.findForIndex(id).filter(PracticeSnapshot::published).map(PracticeServiceSource::toIndexed);
    }

    @Override
    public long countPublished() {
        return practices.publishedIds().size();
    }

    static IndexedPractice toIndexed(PracticeSnapshot p) {
        List<String> themes = new ArrayList<>(p.themes());
        themes.addAll(p.tags());
        StringBuilder description = new StringBuilder(p.description() == null ? "" : p.description());
        for (String extra : new String[] {p.results(), p.transferability()}) {
            if (extra != null && !extra.isBlank()) {
                description.append("\n").append(extra);
            }
        }
        return new IndexedPractice(p.id(), p.externalId(), p.title(), p.summary(), description.toString(),
                p.language(), themes, p.cityId(), p.cityName(), p.country(), p.population(), p.programmeShortName(),
                p.year());
    }
}
