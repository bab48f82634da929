package fr.faireess.mobility.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Registers {@link FacesExceptionHandler} (see faces-config.xml). */
public class FacesExceptionHandlerFactory extends ExceptionHandlerFactory {

    public FacesExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesExceptionHandler(getWrapped().getExceptionHandler());
    }
}
