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
import dev.tifa.web.support.AnswerCache;
import dev.tifa.web.support.RequestStops;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.function.UnaryOperator;

/**
 * Which handler answers which address. GET only, except one POST: the analyst's accept/dismiss of a discovered
 * candidate (same-origin and per-server token checked, see {@link dev.tifa.web.support.Csrf}); nothing else changes
 * the store.
 */
final class Routes {
    private Routes() {
    }

    static void install(RoutesConfig r, Workspace ws) {
        install(r, ws, HostCheck.forBinding("127.0.0.1"), WebServer.Options.DEFAULTS);
    }

    static void install(RoutesConfig r, Workspace ws, HostCheck hosts, WebServer.Options options) {
        // every handler stops its long work when its client has gone or its time is up (issue 11 item 2); answers that
        // depend on nothing but the address, the store and the glossary are kept and served again until the store or
        // the glossary changes (item 10). Not kept: pages that also read files (parallel pairs, expectations, ladders)
        // or carry a per-server token (discover).
        RequestStops stops = new RequestStops(options.timeLimit(), options.watcher());
        AnswerCache cache = options.cacheBytes() > 0 ? new AnswerCache(ws::generation, options.cacheBytes()) : null;
        UnaryOperator<Handler> fresh = stops::of;
        UnaryOperator<Handler> kept = cache == null ? fresh : h -> cache.of(stops.of(h));
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

        r.get("/", kept.apply(new CorpusPage(corpus, views)));
        r.get("/doc/{key}", kept.apply(new ReaderPage(ws, views, json)));
        r.get("/term", kept.apply(new TermPage(ws, corpus, views, json)));
        r.get("/query", kept.apply(new QueryPage(ws, corpus, views, json)));
        r.get("/compare", kept.apply(new ComparePage(ws, corpus, views, json)));
        r.get("/diff", kept.apply(new DiffPage(ws, corpus, views)));
        r.get("/events", fresh.apply(new EventsPage(events, views)));
        // parallel check on aligned zh–en pairs (issue 13): page, table API, one concept's block (also on /term)
        dev.tifa.app.ParallelService parallel = new dev.tifa.app.ParallelService(ws);
        r.get("/parallel", fresh.apply(new dev.tifa.web.pages.ParallelPage(parallel, views)));
        r.get("/api/parallel", fresh.apply(new dev.tifa.web.api.ParallelApi(parallel, responses)));
        r.get("/api/parallel/concept", fresh.apply(new dev.tifa.web.api.ParallelConceptApi(ws, parallel, responses)));

        r.get("/passages", kept.apply(new dev.tifa.web.pages.PassagesPage(ws, views)));
        r.get("/event/{key}", fresh.apply(new EventPage(events, claims, expectations, themes, ws.glossary(), views, json)));

        r.get("/api/docs", kept.apply(new DocsApi(corpus, responses)));
        r.get("/api/docs/{key}", kept.apply(new DocApi(ws, responses)));
        r.get("/api/docs/{key}/counts", kept.apply(new DocCountsApi(ws, responses)));
        r.get("/api/docs/{key}/themes", fresh.apply(new DocThemesApi(ws, responses)));
        r.get("/api/term", kept.apply(new TermApi(ws, responses)));
        r.get("/api/trend", kept.apply(new TrendApi(ws, responses)));
        r.get("/api/kwic", kept.apply(new KwicApi(ws, responses)));
        r.get("/api/count", kept.apply(new CountApi(ws, responses)));
        r.get("/api/glossary", kept.apply(new GlossaryApi(ws, responses)));
        r.get("/api/compare", kept.apply(new CompareApi(ws, responses)));
        r.get("/api/diff", kept.apply(new DiffApi(ws, responses)));
        r.get("/api/events", fresh.apply(new EventsApi(events, responses)));
        r.get("/api/events/{key}", fresh.apply(new EventApi(events, responses)));
        r.get("/api/events/{key}/claims", fresh.apply(new EventClaimsApi(events, claims, responses)));
        r.get("/api/events/{key}/scorecard", fresh.apply(new EventScorecardApi(events, expectations, responses)));
        r.get("/api/events/{key}/themes", fresh.apply(new EventThemesApi(events, themes, responses)));
        r.get("/api/window", kept.apply(new dev.tifa.web.api.WindowApi(ws, responses))); // news/scale: before vs after a day
        r.get("/window", kept.apply(new dev.tifa.web.pages.WindowPage(ws, views, json)));

        // the analyst's instruments: a page and an API each (issue 10)
        for (dev.tifa.web.instruments.Instrument i : java.util.List.of(new dev.tifa.web.instruments.PatternInstrument(ws),
                new dev.tifa.web.instruments.PositionInstrument(ws), new dev.tifa.web.instruments.LadderInstrument(ws),
                new dev.tifa.web.instruments.CollocatesInstrument(ws), new dev.tifa.web.instruments.NgramInstrument(ws),
                new dev.tifa.web.instruments.MovesInstrument(ws))) {
            r.get("/" + i.name(), fresh.apply(new dev.tifa.web.instruments.InstrumentPage(i, corpus, views, json)));
            r.get("/api/" + i.name(), fresh.apply(new dev.tifa.web.instruments.InstrumentApi(i, responses)));
        }
        dev.tifa.web.pages.DiscoverPage discover = new dev.tifa.web.pages.DiscoverPage(ws, views, responses, new dev.tifa.web.support.Csrf());
        r.get("/discover", fresh.apply(discover::page));
        r.get("/api/discover", fresh.apply(discover::api));
        r.post("/discover/decide", discover::decide);

        r.exception(Exception.class, errors::exception);
        r.error(404, errors::notFound);
    }

    private static void securityHeaders(Context ctx) {
        SecurityHeaders.ALL.forEach(ctx::header);
    }
}
