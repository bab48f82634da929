package fr.faireess.mobility.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.faireess.mobility.support.WebClient.Page;

/**
 * The password links the application mails ({@link TestMailServer}), for the HTTP and browser tests:
 * an account an admin opens over HTTP has no password until its person chooses one through the
 * welcome e-mail's link, as {@link #choose} does.
 */
public final class PasswordLinks {

    private static final Pattern LINK = Pattern.compile("/password/reset\\.xhtml\\?token=[A-Za-z0-9_-]{43}");

    private PasswordLinks() {
    }

    /** The link's path inside the application, from a received mail. */
    public static String in(TestMailServer.Received mail) {
        Matcher m = LINK.matcher(mail.body());
        assertThat(m.find()).as("a password link in: %s", mail.body()).isTrue();
        return m.group();
    }

    /** Waits for the welcome e-mail to {@code email}, then chooses {@code password} through its link. */
    public static void choose(RunningApp app, String email, String password) {
        String path = in(TestMailServer.get().waitFor(email, m -> m.subject().startsWith("Bienvenue")));
        WebClient web = new WebClient(app);
        Page form = web.get(path);
        assertThat(form.status()).isEqualTo(200);
        Page done = web.submit(form, "reset", Map.of("newPassword", password, "confirmPassword", password), "submit");
        assertThat(done.document().getElementById("done")).as("password chosen for %s", email).isNotNull();
    }
}
