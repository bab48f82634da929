package fr.faireess.mobility.platform.i18n;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * {@code #{msg['key']}} and {@code #{msg.format('key', arg)}} in pages. Every text goes through
 * {@link java.text.MessageFormat}, so the bundles follow one quoting rule ({@code ''} for an
 * apostrophe) whether or not a message has arguments.
 */
@Named("msg")
@RequestScoped
public class MessageBundleBean extends AbstractMap<String, String> {

    @Inject
    private LanguageBean language;

    private Locale locale() {
        return language.getLocale();
    }

    @Override
    public String get(Object key) {
        return Messages.text(locale(), String.valueOf(key));
    }

    public String format(String key, Object argument) {
        return Messages.text(locale(), key, argument);
    }

    public String format2(String key, Object first, Object second) {
        return Messages.text(locale(), key, first, second);
    }

    public String format3(String key, Object first, Object second, Object third) {
        return Messages.text(locale(), key, first, second, third);
    }

    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return Set.of();
    }
}
