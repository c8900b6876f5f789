package dev.tifa.web;

import dev.tifa.app.CorpusService;
import dev.tifa.app.Workspace;
import dev.tifa.commentary.ClaimService;
import dev.tifa.commentary.EventService;
import dev.tifa.commentary.ExpectationService;
import dev.tifa.commentary.ThemeService;
import dev.tifa.web.api.CompareApi;
import dev.tifa.web.api.CountApi;
import dev.tifa.web.api.DiffApi;
import dev.tifa.web.api.DocApi;
import dev.tifa.web.api.DocCountsApi;
import dev.tifa.web.api.DocThemesApi;
import dev.tifa.web.api.DocsApi;
import dev.tifa.web.api.EventApi;
import dev.tifa.web.api.EventClaimsApi;
import dev.tifa.web.api.EventScorecardApi;
import dev.tifa.web.api.EventThemesApi;
import dev.tifa.web.api.EventsApi;
import dev.tifa.web.api.GlossaryApi;
import dev.tifa.web.api.KwicApi;
import dev.tifa.web.api.TermApi;
import dev.tifa.web.api.TrendApi;
import dev.tifa.web.pages.ComparePage;
import dev.tifa.web.pages.CorpusPage;
import dev.tifa.web.pages.DiffPage;
import dev.tifa.web.pages.EventPage;
import dev.tifa.web.pages.EventsPage;
import dev.tifa.web.pages.QueryPage;
import dev.tifa.web.pages.ReaderPage;
import dev.tifa.web.pages.TermPage;
import dev.tifa.web.support.ErrorHandler;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Which handler answers which address. Only GET: the web app never changes the store. */
final class Routes {
    private Routes() {
    }

    static void install(RoutesConfig r, Workspace ws) {
        Views views = new Views();
        Json json = new Json();
        Responses responses = new Responses(json);
        CorpusService corpus = new CorpusService(ws);
        ErrorHandler errors = new ErrorHandler(views, responses);
        EventService events = new EventService(ws);
        ClaimService claims = new ClaimService(ws);
        ExpectationService expectations = new ExpectationService(ws);
        ThemeService themes = new ThemeService(ws);

        r.before(Routes::securityHeaders);

        r.get("/", new CorpusPage(corpus, views));
        r.get("/doc/{key}", new ReaderPage(ws, views, json));
        r.get("/term", new TermPage(ws, corpus, views, json));
        r.get("/query", new QueryPage(ws, corpus, views, json));
        r.get("/compare", new ComparePage(ws, corpus, views, json));
        r.get("/diff", new DiffPage(ws, corpus, views));
        r.get("/events", new EventsPage(events, views));
        r.get("/event/{key}", new EventPage(events, claims, expectations, themes, ws.glossary(), views, json));

        r.get("/api/docs", new DocsApi(corpus, responses));
        r.get("/api/docs/{key}", new DocApi(ws, responses));
        r.get("/api/docs/{key}/counts", new DocCountsApi(ws, responses));
        r.get("/api/docs/{key}/themes", new DocThemesApi(ws, responses));
        r.get("/api/term", new TermApi(ws, responses));
        r.get("/api/trend", new TrendApi(ws, responses));
        r.get("/api/kwic", new KwicApi(ws, responses));
        r.get("/api/count", new CountApi(ws, responses));
        r.get("/api/glossary", new GlossaryApi(ws, responses));
        r.get("/api/compare", new CompareApi(ws, responses));
        r.get("/api/diff", new DiffApi(ws, responses));
        r.get("/api/events", new EventsApi(events, responses));
        r.get("/api/events/{key}", new EventApi(events, responses));
        r.get("/api/events/{key}/claims", new EventClaimsApi(events, claims, responses));
        r.get("/api/events/{key}/scorecard", new EventScorecardApi(events, expectations, responses));
        r.get("/api/events/{key}/themes", new EventThemesApi(events, themes, responses));
        r.get("/api/window", new dev.tifa.web.api.WindowApi(ws, responses)); // news/scale: before vs after a day

        r.exception(Exception.class, errors::exception);
        r.error(404, errors::notFound);
    }

    /** Scripts only from this server (none inline): document text can never run as code, even if escaping failed. */
    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
