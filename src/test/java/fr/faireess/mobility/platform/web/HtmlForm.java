package fr.faireess.mobility.platform.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as a browser sees it in a page's HTML: its fields with the values they hold, its submit
 * buttons and file inputs. Read from the page, never listed by hand, so a new page's form is tested
 * the day it appears.
 */
record HtmlForm(String id, String action, boolean multipart, List<Field> fields, List<String> buttons,
                List<String> fileInputs) {

    /** How a field takes text: freely, through a converter (numbers, dates), or among choices. */
    enum Kind { TEXT, TYPED, CHOICE, HIDDEN }

    record Field(String name, Kind kind, String value) {
    }

    /** Every Faces form of a page (those that post a view state). */
    static List<HtmlForm> all(Document page, String pagePath) {
        List<HtmlForm> forms = new ArrayList<>();
        for (Element form : page.select("form[id]")) {
            if (form.selectFirst("input[name=jakarta.faces.ViewState]") == null) {
                continue;
            }
            String action = form.attr("action").isEmpty() ? pagePath : form.attr("action");
            forms.add(new HtmlForm(form.id(), action, form.attr("enctype").toLowerCase(Locale.ROOT).contains("multipart"),
                    fields(form), buttons(form), form.select("input[type=file][name]").eachAttr("name")));
        }
        return forms;
    }

    private static List<Field> fields(Element form) {
        List<Field> fields = new ArrayList<>();
        for (Element input : form.select("input[name], textarea[name], select[name]")) {
            String name = input.attr("name");
            String type = input.attr("type").toLowerCase(Locale.ROOT);
            if (input.hasAttr("disabled") || name.equals(form.id()) || name.startsWith("jakarta.faces.")
                    || name.startsWith("primefaces.") || type.equals("submit") || type.equals("button")
                    || type.equals("file") || type.equals("image") || type.equals("reset")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                fields.add(new Field(name, Kind.CHOICE, selected == null ? "" : selected.attr("value")));
            } else if (type.equals("checkbox") || type.equals("radio")) {
                fields.add(new Field(name, Kind.CHOICE, input.hasAttr("checked") ? input.attr("value").isEmpty() ? "on" : input.attr("value") : null));
            } else if (type.equals("hidden")) {
                // A number field's value is posted by its hidden twin: converted like the visible one.
                fields.add(new Field(name, typed(input, type) ? Kind.TYPED : Kind.HIDDEN, input.attr("value")));
            } else {
                String value = input.tagName().equals("textarea") ? input.wholeText() : input.attr("value");
                fields.add(new Field(name, typed(input, type) ? Kind.TYPED : Kind.TEXT, value));
            }
        }
        return fields;
    }

    /** Numbers and dates: PrimeFaces wraps them in a component of their own. */
    private static boolean typed(Element input, String type) {
        if (type.equals("number") || type.equals("date") || type.equals("datetime-local")) {
            return true;
        }
        for (Element parent : input.parents()) {
            String classes = parent.className();
            if (classes.contains("ui-inputnumber") || classes.contains("ui-calendar") || classes.contains("ui-datepicker")
                    || classes.contains("ui-spinner")) {
                return true;
            }
            if (parent.tagName().equals("form")) {
                break;
            }
        }
        return false;
    }

    private static List<String> buttons(Element form) {
        List<String> names = new ArrayList<>();
        for (Element button : form.select("button[name], input[type=submit][name]")) {
            if (!button.attr("type").equalsIgnoreCase("button") && !button.hasAttr("disabled")) {
                names.add(button.attr("name"));
            }
        }
        return names;
    }

    /** What identifies the form's shape (the same menu form on every page is tested once). */
    String signature() {
        return id + fields.stream().map(Field::name).toList();
    }

    boolean hasTyped() {
        return fields.stream().anyMatch(f -> f.kind() == Kind.TYPED);
    }

    /**
     * The form's fields as a browser would post them, each value replaced by what {@code replace}
     * gives for it (its own value to keep it); unchecked boxes are not sent, like a browser.
     */
    Map<String, List<String>> values(Function<Field, String> replace) {
        Map<String, List<String>> data = new LinkedHashMap<>();
        data.computeIfAbsent(id, k -> new ArrayList<>()).add(id);
        for (Field field : fields) {
            String value = replace.apply(field);
            if (value != null) {
                data.computeIfAbsent(field.name(), k -> new ArrayList<>()).add(value);
            }
        }
        return data;
    }
}
