package org.citypeers.search;

import org.citypeers.practice.PracticeChanged;
import org.citypeers.practice.PracticeDeleted;
import org.citypeers.practice.ThemesChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Updates the index after a practice change is committed (never before: a rolled-back change must not
 * become searchable), and rebuilds it when the theme taxonomy changed.
 */
@Component
class PracticeChangeListener {

    private final PracticeIndexer indexer;

    PracticeChangeListener(PracticeIndexer indexer) {
        this.indexer = indexer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(PracticeChanged event) {
        indexer.refresh(event.practiceId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deleted(PracticeDeleted event) {
        indexer.remove(event.practiceId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void themesChanged(ThemesChanged event) {
        indexer.themesChanged();
    }
}
