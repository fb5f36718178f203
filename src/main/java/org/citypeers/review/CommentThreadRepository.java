package org.citypeers.review;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentThreadRepository extends JpaRepository<CommentThread, Long> {

    List<CommentThread> findByPlanIdOrderByCreatedAtAscIdAsc(Long planId);

    long countByPlanIdAndStatus(Long planId, CommentThread.Status status);

    @Query("select t from CommentThread t where t.planId in :planIds and t.status = :status")
    List<CommentThread> findByPlanIdsAndStatus(Collection<Long> planIds, CommentThread.Status status);
}
