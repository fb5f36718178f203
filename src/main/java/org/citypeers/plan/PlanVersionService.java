package org.citypeers.plan;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citypeers.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The frozen versions of a plan and their comparison, section by section, line by line (java-diff-utils). */
@Service
@Transactional(readOnly = true)
public class PlanVersionService {

    /** Pseudo version number meaning "the current, unsubmitted text". */
    public static final int CURRENT = 0;

    private final PlanVersionRepository versions;
    private final PlanAccess access;
    private final PlanService planService;

    PlanVersionService(PlanVersionRepository versions, PlanAccess access, PlanService planService) {
        this.versions = versions;
        this.access = access;
        this.planService = planService;
    }

    /** One line of a comparison; {@code tag} says whether it is unchanged, inserted, deleted or changed. */
    public record Line(DiffRow.Tag tag, String oldLine, String newLine) {}

    /** The comparison of one section; {@code changed} is false when both versions say the same. */
    public record SectionDiff(PlanSectionKind kind, boolean changed, List<Line> lines) {}

    /** The plan's versions, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<PlanVersion> versions(Long planId) {
        access.checkRead(planId);
        return versions.findByPlanIdOrderByNumberDesc(planId);
    }

    @PreAuthorize("isAuthenticated()")
    public PlanVersion version(Long planId, int number) {
        access.checkRead(planId);
        return versions.findByPlanIdAndNumber(planId, number).orElseThrow(() -> new NotFoundException("Version", number));
    }

    /** Compares two versions ({@link #CURRENT} for the current text) section by section. */
    @PreAuthorize("isAuthenticated()")
    public List<SectionDiff> compare(Long planId, int older, int newer) {
        access.checkRead(planId);
        java.util.Map<PlanSectionKind, String> a = content(planId, older);
        java.util.Map<PlanSectionKind, String> b = content(planId, newer);
        Set<PlanSectionKind> kinds = new LinkedHashSet<>(a.keySet());
        kinds.addAll(b.keySet());
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(false).lineNormalizer(line -> line).build();
        List<SectionDiff> out = new ArrayList<>();
        for (PlanSectionKind k : kinds.stream().sorted().toList()) {
            List<String> oldLines = lines(a.get(k));
            List<String> newLines = lines(b.get(k));
            List<Line> rows = generator.generateDiffRows(oldLines, newLines).stream()
                    .map(r -> new Line(r.getTag(), r.getOldLine(), r.getNewLine())).toList();
            out.add(new SectionDiff(k, !oldLines.equals(newLines), rows));
        }
        return out;
    }

    private java.util.Map<PlanSectionKind, String> content(Long planId, int number) {
        return number == CURRENT ? planService.render(planId) : version(planId, number).getSections();
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n", -1));
    }
}
