package fr.faireess.mobility.support;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The one servlet of the empty WAR that {@code StartupBenchmark} starts as the floor of start-up time and memory. */
@WebServlet("/")
public class FloorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html; charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html><head><title>floor</title></head><body><p data-ri=\"0\">ready</p></body></html>");
    }
}
