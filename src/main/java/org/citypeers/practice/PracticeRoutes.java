package org.citypeers.practice;

/** Paths of the practice pages, for other features that link to them (so they never import the views). */
public final class PracticeRoutes {

    /** The library (search page, owned by the search feature). */
    public static final String LIBRARY = "practices";
    public static final String MINE = "practices/mine";
    public static final String NEW = "practices/new/edit";
    public static final String IMPORT = "practices/import";
    public static final String VALIDATION = "validation";
    public static final String THEMES = "admin/themes";

    private PracticeRoutes() {}

    /** The details page of a practice. */
    public static String details(long id) {
        return "practices/" + id;
    }

    /** The edit form of a practice. */
    public static String edit(long id) {
        return "practices/" + id + "/edit";
    }

    /** The download address of an attachment (served by a plain HTTP endpoint). */
    public static String attachment(long practiceId, long attachmentId) {
        return "practice-files/" + practiceId + "/" + attachmentId;
    }
}
