package fr.faireess.mobility.support;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM, started once on a free port and stopped when the
 * JVM exits. {@link RunningApp} points its Payara at it, so HTTP and browser tests can check the
 * mails the application really sent:
 *
 * <pre>{@code
 * TestMailServer.Received mail = TestMailServer.get().waitFor(email, m -> m.subject().contains("sélection"));
 * assertThat(mail.body()).contains("Bonjour Léa");
 * }</pre>
 *
 * Mails stay in the server for the whole run, so find yours by a unique address or by content.
 */
public final class TestMailServer {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    private static TestMailServer instance;

    private final GreenMail greenMail;
    private final int port;

    private TestMailServer(int port) {
        this.port = port;
        this.greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public static synchronized TestMailServer get() {
        if (instance == null) {
            TestMailServer server = new TestMailServer(LocalPorts.free());
            server.greenMail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server.greenMail::stop));
            instance = server;
        }
        return instance;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** Every mail received so far addressed (To) to {@code address}, oldest first. */
    public List<Received> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .map(Received::of)
                .filter(m -> m.to().stream().anyMatch(to -> to.equalsIgnoreCase(address)))
                .toList();
    }

    /** Waits (at most {@link #DEFAULT_WAIT}) for a mail to {@code address} that matches; fails the test otherwise. */
    public Received waitFor(String address, Predicate<Received> which) {
        return waitFor(address, which, DEFAULT_WAIT);
    }

    public Received waitFor(String address, Predicate<Received> which, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<Received> found = messagesTo(address).stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No matching mail to " + address + " within " + timeout + "; received for it: "
                        + messagesTo(address).stream().map(Received::subject).toList());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** One received mail, decoded. */
    public record Received(String from, List<String> to, String subject, String body, MimeMessage message) {

        static Received of(MimeMessage message) {
            try {
                Address[] recipients = message.getRecipients(Message.RecipientType.TO);
                List<String> to = recipients == null ? List.of()
                        : Arrays.stream(recipients).map(a -> ((InternetAddress) a).getAddress()).toList();
                String from = ((InternetAddress) message.getFrom()[0]).getAddress();
                Object content = message.getContent();
                return new Received(from, to, message.getSubject(), content instanceof String text ? text : "", message);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public String header(String name) {
            try {
                return message.getHeader(name, ", ");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

}
