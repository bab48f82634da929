package fr.faireess.mobility.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * A step of Payara's HTTP listener (a Grizzly filter, put just before the one that hands requests to
 * the web container by {@link UndecodablePathGuard}) that answers a request whose path cannot be
 * percent-decoded with a plain 400 and closes the connection, so that the container never sees it:
 * it would log a SEVERE error and answer an empty 200 (payara/Payara#8000). Every other request goes
 * on untouched; the test is one pass over the path's characters.
 */
final class UndecodablePathFilter extends BaseFilter {

    private static final byte[] BODY = "400 Bad Request: the address cannot be decoded.\n".getBytes(StandardCharsets.US_ASCII);

    /** Set on a connection once a request of it was refused: nothing it sends after is handled. */
    private static final Attribute<Boolean> REFUSED =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(UndecodablePathFilter.class.getName() + ".refused");

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        Connection<?> connection = ctx.getConnection();
        if (REFUSED.isSet(connection)) {
            return ctx.getStopAction(); // the refused request's body, or requests sent after it before the close
        }
        if (ctx.getMessage() instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request
                && !PercentEncoding.isDecodable(request.getRequestURI())) {
            REFUSED.set(connection, Boolean.TRUE);
            refuse(ctx, connection, request);
            return ctx.getStopAction();
        }
        return ctx.getInvokeAction();
    }

    private static void refuse(FilterChainContext ctx, Connection<?> connection, HttpRequestPacket request) {
        HttpResponsePacket response = request.getResponse();
        response.setStatus(HttpStatus.BAD_REQUEST_400);
        response.setContentType("text/plain;charset=US-ASCII");
        response.setContentLength(BODY.length);
        SecurityHeaders.EVERY_RESPONSE.forEach(response::setHeader);
        response.setHeader("Cache-Control", "no-store");
        // The connection ends here: what else it carries (a body, pipelined requests) is not handled.
        request.getProcessingState().setKeepAlive(false);
        HttpContent answer = response.httpContentBuilder()
                .content(Buffers.wrap(ctx.getMemoryManager(), BODY)).last(true).build();
        ctx.write(answer, new EmptyCompletionHandler<WriteResult>() {
            @Override
            public void completed(WriteResult result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                connection.closeSilently();
            }
        });
    }
}
