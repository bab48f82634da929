package fr.faireess.mobility.platform.security;

/**
 * Application roles. The names are the Jakarta Security group names and the role names used in
 * {@code web.xml} security constraints and {@code @RolesAllowed}; keep them in sync.
 */
public enum Role {
    STUDENT("/student/index.xhtml"),
    COORDINATOR("/coordinator/index.xhtml"),
    TRAINER("/trainer/index.xhtml"),
    ADMIN("/admin/index.xhtml");

    /** Role names as constants, for annotations. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TRAINER_NAME = "TRAINER";
    public static final String ADMIN_NAME = "ADMIN";

    private final String homePage;

    Role(String homePage) {
        this.homePage = homePage;
    }

    /** The page this role lands on after login. */
    public String homePage() {
        return homePage;
    }

    /** Key of the role's label in the resource bundle. */
    public String labelKey() {
        return "role." + name();
    }
}
