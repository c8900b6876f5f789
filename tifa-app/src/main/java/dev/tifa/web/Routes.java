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
import dev.tifa.web.support.HostCheck;
import dev.tifa.web.support.SecurityHeaders;
import dev.tifa.web.support.Json;
import dev.tifa.web.support.Responses;
import dev.tifa.web.support.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Which handler answers which address. GET only, except one POST: the analyst's accept/dismiss of a discovered
 * candidate (same-origin and per-server token checked, see {@link dev.tifa.web.support.Csrf}); nothing else changes
 * the store.
 */
final class Routes {
    private Routes() {
    }

    static void install(RoutesConfig r, Workspace ws) {
        install(r, ws, HostCheck.forBinding("127.0.0.1"));
    }

    static void install(RoutesConfig r, Workspace ws, HostCheck hosts) {
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
        r.before(hosts::check);

        r.get("/", new CorpusPage(corpus, views));
        r.get("/doc/{key}", new ReaderPage(ws, views, json));
        r.get("/term", new TermPage(ws, corpus, views, json));
        r.get("/query", new QueryPage(ws, corpus, views, json));
        r.get("/compare", new ComparePage(ws, corpus, views, json));
        r.get("/diff", new DiffPage(ws, corpus, views));
        r.get("/events", new EventsPage(events, views));
        // parallel check on aligned zh–en pairs (issue 13): page, table API, one concept's block (also on /term)
        dev.tifa.app.ParallelService parallel = new dev.tifa.app.ParallelService(ws);
        r.get("/parallel", new dev.tifa.web.pages.ParallelPage(parallel, views));
        r.get("/api/parallel", new dev.tifa.web.api.ParallelApi(parallel, responses));
        r.get("/api/parallel/concept", new dev.tifa.web.api.ParallelConceptApi(ws, parallel, responses));

        r.get("/passages", new dev.tifa.web.pages.PassagesPage(ws, views));
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
        r.get("/window", new dev.tifa.web.pages.WindowPage(ws, views, json));

        // the analyst's instruments: a page and an API each (issue 10)
        for (dev.tifa.web.instruments.Instrument i : java.util.List.of(new dev.tifa.web.instruments.PatternInstrument(ws),
                new dev.tifa.web.instruments.PositionInstrument(ws), new dev.tifa.web.instruments.LadderInstrument(ws),
                new dev.tifa.web.instruments.CollocatesInstrument(ws), new dev.tifa.web.instruments.NgramInstrument(ws),
                new dev.tifa.web.instruments.MovesInstrument(ws))) {
            r.get("/" + i.name(), new dev.tifa.web.instruments.InstrumentPage(i, corpus, views, json));
            r.get("/api/" + i.name(), new dev.tifa.web.instruments.InstrumentApi(i, responses));
        }
        dev.tifa.web.pages.DiscoverPage discover = new dev.tifa.web.pages.DiscoverPage(ws, views, responses, new dev.tifa.web.support.Csrf());
        r.get("/discover", discover::page);
        r.get("/api/discover", discover::api);
        r.post("/discover/decide", discover::decide);

        r.exception(Exception.class, errors::exception);
        r.error(404, errors::notFound);
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.ALL.forEach(ctx::header);
    }
}
