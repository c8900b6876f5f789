package dev.tifa.web;

import dev.tifa.web.support.SecurityHeaders;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error page for requests it refuses before Tifa sees them (a malformed URI: 400, a URI too long: 414,
 * headers too large: 431), with Tifa's security headers and without server details.
 */
final class HeadedErrorHandler extends ErrorHandler {
    HeadedErrorHandler() {
        setShowStacks(false);
        setShowMessageInTitle(false);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.ALL.forEach((name, value) -> response.getHeaders().put(name, value));
        return super.handle(request, response, callback);
    }
}
