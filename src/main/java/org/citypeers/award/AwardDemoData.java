package org.citypeers.award;

import java.util.Set;
import org.citypeers.programme.ProgrammeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo award rules for BSR Cultural Pearls: all required sections complete, at least two reviews, at
 * least 60 points, at most two Pearls per country plus one jury place, capitals excluded. Only when no
 * rules exist yet, so a restart keeps what managers changed.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "citypeers.demo.enabled", havingValue = "true")
class AwardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AwardDemoData.class);

    private final AwardRulesRepository rules;
    private final ProgrammeRepository programmes;

    AwardDemoData(AwardRulesRepository rules, ProgrammeRepository programmes) {
        this.rules = rules;
        this.programmes = programmes;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (rules.count() > 0) {
            return;
        }
        programmes.findByShortNameIgnoreCase("BSR Cultural Pearls").ifPresent(p -> {
            AwardRules r = new AwardRules(p.getId(), p.getAwardTitle() == null ? "BSR Cultural Pearl" : p.getAwardTitle(), 2027);
            r.setRequireCompleteSections(true);
            r.setMinReviews(2);
            r.setMinScore(60);
            r.setMaxPerCountry(2);
            r.setJuryPlaces(1);
            r.setExcludeCapitals(true);
            r.setExcludedCityIds(Set.of());
            rules.save(r);
            log.info("Demo award rules set for {}: {}", p.getShortName(), r.fullTitle());
        });
    }
}
