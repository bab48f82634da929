package fr.faireess.mobility.identity.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.faireess.mobility.identity.Account;
import fr.faireess.mobility.identity.AccountService;
import fr.faireess.mobility.identity.CurrentUser;
import fr.faireess.mobility.identity.Gender;
import fr.faireess.mobility.identity.ParticipantDataRule;
import fr.faireess.mobility.platform.i18n.Messages;
import fr.faireess.mobility.platform.web.PageAction;

/**
 * Backs {@code /account/index.xhtml}: a person's own profile and password, and for a student the
 * participant data the EU documents ask (date of birth, nationality, gender).
 */
@Named
@RequestScoped
public class MyAccountBacking {

    @Inject private CurrentUser currentUser;
    @Inject private AccountService accounts;

    private LocalDate birthDate;
    private String nationality;
    private Gender gender;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    /** The form starts from what is saved; a postback then applies what was typed. */
    @PostConstruct
    void init() {
        currentUser.account().ifPresent(me -> {
            birthDate = me.getBirthDate();
            nationality = me.getNationality() == null ? null : me.getNationality().getCode();
            gender = me.getGender();
        });
    }

    public Account getMe() {
        return currentUser.get();
    }

    public void saveParticipant() {
        PageAction.attempt("participant", () -> {
            accounts.saveParticipantData(currentUser.get(), birthDate, nationality, gender);
            Messages.info("participant.saved");
        });
    }

    /** What the EU documents still need, as labels: empty when everything is filled in. */
    public List<String> getMissing() {
        return ParticipantDataRule.missing(currentUser.get());
    }

    public Gender[] getGenders() {
        return Gender.values();
    }

    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getNationality() { return nationality; }
    public void setNationality(String nationality) { this.nationality = nationality; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Messages.fieldError("password:confirmPassword", "account.password.mismatch");
            return;
        }
        PageAction.attempt("password", () -> {
            accounts.changeOwnPassword(currentUser.get().getId(), currentPassword, newPassword);
            Messages.info("account.me.passwordChanged");
        });
    }

    public String getCurrentPassword() { return currentPassword; }
    public void setCurrentPassword(String currentPassword) { this.currentPassword = currentPassword; }
    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
