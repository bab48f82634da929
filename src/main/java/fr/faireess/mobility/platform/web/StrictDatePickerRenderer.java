package fr.faireess.mobility.platform.web;

import java.util.regex.Pattern;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;

import org.primefaces.component.datepicker.DatePickerRenderer;

import fr.faireess.mobility.platform.i18n.Messages;

/**
 * PrimeFaces' date field, refusing a typed value with anything but digits and separators: PrimeFaces
 * reads a date from the start of the text and ignores what follows, so {@code 01/11/2026' OR '1'='1}
 * would be saved as 1 November. The application's patterns are all numeric ({@code dd/MM/yyyy},
 * {@code dd/MM/yyyy HH:mm}). Registered for every {@code p:datePicker} in faces-config.xml.
 */
public class StrictDatePickerRenderer extends DatePickerRenderer {

    private static final Pattern NUMERIC_DATE = Pattern.compile("[0-9/:. -]*");

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submittedValue) {
        if (submittedValue instanceof String text && !NUMERIC_DATE.matcher(text.strip()).matches()) {
            String message = Messages.text("error.dateInvalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
        return super.getConvertedValue(context, component, submittedValue);
    }
}
