package dev.tifa.ingest;

import dev.tifa.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayOutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Downloads one page (HTML, PDF or plain text) and reads it into a document: redirects followed (at most 5), a
 * connect and a read timeout, a size limit, a clear User-Agent, and the charset found from the BOM, the Content-Type
 * header, the page's {@code <meta charset>}, else UTF-8 or (when the bytes are not UTF-8) GB18030. GB2312 and GBK
 * are read as GB18030, which contains both. Every failure is a {@link FetchException} naming the address.
 */
public final class PageFetcher {
    public static final String USER_AGENT = "Tifa/0.1 (+research; contact via project)";

    /** Limits of one fetch. */
    /**
     * Limits of one fetch.
     *
     * @param allowPrivate whether loopback, private, link-local (the cloud metadata address 169.254.169.254) and
     *                     other non-public addresses may be fetched; off by default, so that a page's redirect
     *                     cannot make Tifa read the analyst's own network
     */
    public record Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects, boolean allowPrivate) {
        public Settings(Duration connectTimeout, Duration readTimeout, long maxBytes, int maxRedirects) {
            this(connectTimeout, readTimeout, maxBytes, maxRedirects, false);
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5);
        }
    }

    /**
     * A page as downloaded and read.
     *
     * @param requestedUrl the address asked for
     * @param finalUrl     the address after redirects: the document's source
     * @param contentType  the media type the server gave (without parameters), or null
     * @param charset      the charset the text was decoded with, or null for PDF
     * @param body         the bytes as downloaded, kept beside the document
     */
    public record Fetched(String requestedUrl, String finalUrl, int status, String contentType, String charset, byte[] body,
                          RawDocument document) {
    }

    private final Settings settings;
    private final HttpClient client;

    public PageFetcher(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Fetched fetch(String url, ImportOptions options) {
        URI uri = parse(url);
        URI current = uri;
        for (int hop = 0; ; hop++) {
            HttpResponse<InputStream> response = send(url, current);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                String location = response.headers().firstValue("Location").orElseThrow(() ->
                        new FetchException(url, "HTTP " + status + " redirect without a Location"));
                if (hop >= settings.maxRedirects()) throw new FetchException(url, "too many redirects (more than " + settings.maxRedirects() + ")");
                current = redirectTarget(url, current, location.strip());
                continue;
            }
            if (status >= 400) {
                close(response);
                throw new FetchException(url, "HTTP " + status + reason(status) + (current.equals(uri) ? "" : " at " + current));
            }
            if (status != 200 && status != 203) {
                close(response);
                throw new FetchException(url, "HTTP " + status + ": no page to read");
            }
            return read(url, current, response, options);
        }
    }

    private static URI parse(String url) {
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
                throw new FetchException(url, "not an http(s) address");
            }
            return u;
        } catch (URISyntaxException e) {
            throw new FetchException(url, "not a valid address: " + e.getReason());
        }
    }

    /** Where a redirect leads; only to another http(s) address (never file:, ftp:, jar: …). */
    private static URI redirectTarget(String url, URI from, String location) {
        URI to;
        try {
            to = from.resolve(new URI(location));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(url, "redirected to an invalid address: " + location);
        }
        String scheme = to.getScheme() == null ? "" : to.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || to.getHost() == null) {
            throw new FetchException(url, "redirected to " + (scheme.isEmpty() ? "an address" : "a " + scheme + ": address")
                    + " (" + location + "); only http(s) is followed");
        }
        return to;
    }

    private HttpResponse<InputStream> send(String url, URI uri) {
        if (!settings.allowPrivate()) PublicAddress.require(url, uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.readTimeout()).header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5")
                .header("Accept-Encoding", "gzip").GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            throw new FetchException(url, "connection timed out after " + settings.connectTimeout().toSeconds() + " s");
        } catch (HttpTimeoutException e) {
            throw new FetchException(url, "timed out after " + settings.readTimeout().toSeconds() + " s waiting for the server");
        } catch (ConnectException e) {
            throw new FetchException(url, "cannot connect to " + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
        } catch (IOException e) {
            Throwable c = e.getCause();
            if (c instanceof UnknownHostException || e instanceof UnknownHostException) throw new FetchException(url, "unknown host " + uri.getHost());
            throw new FetchException(url, "download failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(url, "interrupted");
        }
    }

    private Fetched read(String url, URI at, HttpResponse<InputStream> response, ImportOptions options) {
        String header = response.headers().firstValue("Content-Type").orElse(null);
        String mediaType = header == null ? null : header.split(";")[0].strip().toLowerCase(Locale.ROOT);
        Optional<Long> length = response.headers().firstValueAsLong("Content-Length").stream().boxed().findFirst();
        if (length.isPresent() && length.get() > settings.maxBytes()) {
            close(response);
            throw new FetchException(url, "too large: " + length.get() + " bytes (limit " + settings.maxBytes() + ")");
        }
        Format format = format(url, mediaType);
        byte[] body = body(url, response);
        if (mediaType == null) format = sniff(body);
        String finalUrl = at.toString();
        try {
            return switch (format) {
                case PDF -> new Fetched(url, finalUrl, response.statusCode(), mediaType, null, body,
                        checked(url, PdfReader.document(body, finalUrl, titleFromUrl(at), options)));
                case HTML -> {
                    Charset cs = charset(body, charsetParameter(header), true);
                    String html = decode(body, cs);
                    RawDocument d;
                    try {
                        d = HtmlArticleReader.parse(html, finalUrl, options);
                    } catch (IllegalArgumentException e) {
                        throw new BadInput(e.getMessage());
                    }
                    yield new Fetched(url, finalUrl, response.statusCode(), mediaType, cs.name(), body, checked(url, d));
                }
                case TEXT -> {
                    Charset cs = charset(body, charsetParameter(header), false);
                    yield new Fetched(url, finalUrl, response.statusCode(), mediaType, cs.name(), body,
                            checked(url, PlainTextReader.document(decode(body, cs), finalUrl, titleFromUrl(at), options)));
                }
            };
        } catch (BadInput e) {
            throw new FetchException(url, e.getMessage());
        }
    }

    /** The checks every imported document passes (size, mostly undecodable text, NUL, control characters in the title). */
    private static RawDocument checked(String url, RawDocument doc) {
        SourceItem item = TextChecks.check(SourceItem.of(url, doc), ReadLimits.DEFAULT.maxChars());
        if (!item.ok()) throw new FetchException(url, item.problem());
        return item.document();
    }

    private enum Format { HTML, PDF, TEXT }

    private static Format format(String url, String mediaType) {
        if (mediaType == null) return Format.TEXT; // decided by sniffing the bytes
        if (mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml")) return Format.HTML;
        if (mediaType.equals("application/pdf") || mediaType.equals("application/x-pdf")) return Format.PDF;
        if (mediaType.equals("text/plain") || mediaType.equals("text/markdown") || mediaType.equals("text/x-markdown")) return Format.TEXT;
        throw new FetchException(url, "unsupported content type " + mediaType + " (supported: HTML, PDF, plain text)");
    }

    private static Format sniff(byte[] body) {
        if (TextBytes.startsWith(body, '%', 'P', 'D', 'F')) return Format.PDF;
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") ? Format.HTML : Format.TEXT;
    }

    /** Reads the body up to the size limit; a read that stalls past the read timeout is cut off. */
    private byte[] body(String url, HttpResponse<InputStream> response) {
        AtomicBoolean timedOut = new AtomicBoolean();
        InputStream raw = response.body();
        InputStream in = decoded(url, response, raw);
        CompletableFuture<Void> watchdog = CompletableFuture.runAsync(() -> {
            timedOut.set(true);
            try {
                raw.close();
            } catch (IOException ignored) {
                // closing is all we can do
            }
        }, CompletableFuture.delayedExecutor(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) >= 0; ) {
                total += n;
                // counted after decoding, so a small gzip body cannot expand past the limit
                if (total > settings.maxBytes()) throw new FetchException(url, "too large: more than " + settings.maxBytes() + " bytes (download stopped)");
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            if (timedOut.get()) throw new FetchException(url, "timed out after " + settings.readTimeout().toSeconds() + " s reading the page");
            throw new FetchException(url, "download broke off: " + e.getMessage());
        } finally {
            watchdog.cancel(false);
        }
    }

    /** The body with its Content-Encoding undone: gzip and deflate are decoded; others are refused by name. */
    private static InputStream decoded(String url, HttpResponse<InputStream> response, InputStream raw) {
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").strip().toLowerCase(Locale.ROOT);
        try {
            return switch (encoding) {
                case "", "identity" -> raw;
                case "gzip", "x-gzip" -> new java.util.zip.GZIPInputStream(raw, 16 * 1024);
                case "deflate" -> new java.util.zip.InflaterInputStream(raw);
                default -> {
                    close(raw);
                    throw new FetchException(url, "unsupported Content-Encoding " + encoding + " (supported: gzip, deflate)");
                }
            };
        } catch (IOException e) {
            close(raw);
            throw new FetchException(url, "the server's gzip body is broken: " + e.getMessage());
        }
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing more to do with it
        }
    }

    /** BOM, then the header's charset (if the bytes fit it), then {@code <meta charset>}, then UTF-8, else GB18030. */
    static Charset charset(byte[] body, String headerCharset, boolean html) {
        if (TextBytes.startsWith(body, 0xEF, 0xBB, 0xBF)) return StandardCharsets.UTF_8;
        if (TextBytes.startsWith(body, 0xFE, 0xFF)) return StandardCharsets.UTF_16BE;
        if (TextBytes.startsWith(body, 0xFF, 0xFE)) return StandardCharsets.UTF_16LE;
        Charset declared = named(headerCharset);
        Charset meta = html ? named(HtmlCharset.choose(body, null)) : null;
        // a server default of Latin-1 is often wrong for Chinese pages; their own declaration knows better
        boolean weak = declared != null && (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)
                || declared.name().equalsIgnoreCase("windows-1252"));
        if (declared != null && fits(body, declared) && !(weak && meta != null && !meta.equals(declared))) return declared;
        if (meta != null && fits(body, meta)) return meta;
        if (fits(body, StandardCharsets.UTF_8)) return StandardCharsets.UTF_8;
        return Charset.forName("GB18030");
    }

    private static Charset named(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.strip().toLowerCase(Locale.ROOT).replace("\"", "");
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk") || n.equals("cp936") || n.equals("euc-cn") || n.equals("gb_2312-80")) {
            return Charset.forName("GB18030");
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether the bytes decode without error (single-byte charsets always do; what matters is UTF-8 and GB18030). */
    private static boolean fits(byte[] body, Charset cs) {
        try {
            cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] body, Charset cs) {
        int skip = cs.equals(StandardCharsets.UTF_8) && TextBytes.startsWith(body, 0xEF, 0xBB, 0xBF) ? 3
                : (cs.equals(StandardCharsets.UTF_16BE) || cs.equals(StandardCharsets.UTF_16LE)) && body.length >= 2 ? 2 : 0;
        return new String(body, skip, body.length - skip, cs);
    }

    static String charsetParameter(String contentType) {
        if (contentType == null) return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return p.substring(8).strip();
        }
        return null;
    }

    private static String titleFromUrl(URI u) {
        String path = u.getPath() == null ? "" : u.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? u.getHost() : last;
    }

    private static String reason(int status) {
        return switch (status) {
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            default -> "";
        };
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // nothing more to read
        }
    }
}
