package org.citypeers.award;

import java.util.List;
import java.util.Optional;

/**
 * Where the award rules get their facts about a programme's plans (sections complete, submitted
 * reviews, weighted score). Implemented over the plan and review features; a port so that the rules
 * can be tested on plain records and the award feature stays the only one that knows about awards.
 */
public interface AwardCandidateSource {

    /** The programme's plans that have been submitted at least once, with the facts the rules read. */
    List<Candidate> candidates(Long programmeId);

    /** The text the public page shows for an awarded plan: its English summary if present. */
    Optional<String> summary(Long planId);
}
