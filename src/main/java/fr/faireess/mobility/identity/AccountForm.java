package fr.faireess.mobility.identity;

import fr.faireess.mobility.platform.security.Role;
import fr.faireess.mobility.platform.text.Texts;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types to create or edit an account. Field constraints mirror the column
 * lengths; rules across fields (a student needs a programme and a year) live in
 * {@link AccountService} so they hold for every caller.
 */
public class AccountForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = 254, message = "{account.email.tooLong}")
    private String email;

    @NotBlank(message = "{account.firstName.required}")
    @Size(max = 80, message = "{field.tooLong}")
    private String firstName;

    @NotBlank(message = "{account.lastName.required}")
    @Size(max = 80, message = "{field.tooLong}")
    private String lastName;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private String campusCode;
    private String programmeCode;

    @Min(value = 1, message = "{account.studyYear.invalid}")
    @Max(value = 3, message = "{account.studyYear.invalid}")
    private Integer studyYear;

    /** Coordinators only: sees both campuses' files, not only their own campus's. */
    private boolean seesBothCampuses;

    /** The version the form was loaded from; null for a new account. */
    private Long version;

    public static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.email = account.getEmail();
        form.firstName = account.getFirstName();
        form.lastName = account.getLastName();
        form.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        form.campusCode = CampusScope.campusOf(account);
        form.programmeCode = account.getProgramme() == null ? null : account.getProgramme().getCode();
        form.studyYear = account.getStudyYear();
        form.seesBothCampuses = account.isSeesBothCampuses();
        form.version = account.getVersion();
        return form;
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = trim(email); }
    public String getFirstName() { return firstName; }
    public void setFirstName(String firstName) { this.firstName = trim(firstName); }
    public String getLastName() { return lastName; }
    public void setLastName(String lastName) { this.lastName = trim(lastName); }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public String getCampusCode() { return campusCode; }
    public void setCampusCode(String campusCode) { this.campusCode = Texts.blankToNull(campusCode); }
    public String getProgrammeCode() { return programmeCode; }
    public void setProgrammeCode(String programmeCode) { this.programmeCode = Texts.blankToNull(programmeCode); }
    public Integer getStudyYear() { return studyYear; }
    public void setStudyYear(Integer studyYear) { this.studyYear = studyYear; }
    public boolean isSeesBothCampuses() { return seesBothCampuses; }
    public void setSeesBothCampuses(boolean seesBothCampuses) { this.seesBothCampuses = seesBothCampuses; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }

    /** Faces binds a multi-select to a List or array more easily than to an EnumSet. */
    public Role[] getRoleArray() { return roles.toArray(new Role[0]); }
    public void setRoleArray(Role[] array) { setRoles(array == null ? Set.of() : Set.of(array)); }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
