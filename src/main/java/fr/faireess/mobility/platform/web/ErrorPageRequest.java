package fr.faireess.mobility.platform.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request an error page sees when the failed request was not a GET or HEAD: a GET without
 * parameters. The error page is a page of its own, not an answer to the failed request's method or
 * form: Faces answers a method it does not know (PATCH, PROPFIND) with a 400 of its own instead of
 * the page, takes a posted form's view state for a postback of the error page, and would read again
 * a form body that could not be read.
 */
final class ErrorPageRequest extends HttpServletRequestWrapper {

    private ErrorPageRequest(HttpServletRequest request) {
        super(request);
    }

    static HttpServletRequest of(HttpServletRequest request) {
        String method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method) ? request : new ErrorPageRequest(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }
}
