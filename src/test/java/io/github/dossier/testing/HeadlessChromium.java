package io.github.dossier.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Debian's Chromium, headless, driven over the DevTools protocol (a WebSocket on a loopback port
 * the browser picks): open a page, collect console errors, exceptions and failed or outside
 * requests, and take a screenshot. JSON is read with SnakeYAML (JSON is YAML) to need no other
 * library.
 */
public final class HeadlessChromium implements AutoCloseable {

    /**
     * What a page load showed.
     *
     * @param problems console errors and warnings, exceptions, failed loads, outside requests
     * @param requests every URL the page asked for, in order (data URIs and blocked ones included)
     * @param blocked the URLs the browser refused to fetch, each with the reason ({@code csp})
     */
    public record PageCheck(List<String> problems, List<String> requests, List<String> blocked) {
    }

    private final Process process;
    private final WebSocket socket;
    private final BlockingQueue<Map<String, Object>> messages = new LinkedBlockingQueue<>();
    private final Yaml json;
    private int nextId;

    /** The binary, when this machine has one. */
    public static Optional<Path> find() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public HeadlessChromium(Path binary, Path profile) throws IOException, InterruptedException {
        process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,2000", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String endpoint = endpoint();
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        json = new Yaml(new SafeConstructor(options));
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(endpoint), new Listener()).join();
    }

    /** Reads the browser's stderr until it names its DevTools endpoint; keeps draining it after. */
    private String endpoint() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    int at = line.indexOf("ws://");
                    if (line.startsWith("DevTools listening on") && at >= 0) {
                        found.complete(line.substring(at).strip());
                    }
                }
                found.completeExceptionally(new IOException("chromium exited without a DevTools endpoint"));
            } catch (IOException e) {
                found.completeExceptionally(e);
            }
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return found.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("chromium did not start: " + e, e);
        }
    }

    /**
     * Opens {@code page} in a 1280×2000 window, waits for its load event, and reports console
     * errors and warnings, uncaught exceptions, failed loads and every request for anything but
     * the page itself and data URIs. Saves a screenshot to {@code screenshot}.
     */
    public PageCheck open(Path page, Path screenshot) throws Exception {
        String target = (String) result(call(null, "Target.createTarget", "{\"url\":\"about:blank\"}")).get("targetId");
        String session = (String) result(call(null, "Target.attachToTarget", "{\"targetId\":\"" + target
                + "\",\"flatten\":true}")).get("sessionId");
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            call(session, domain + ".enable", "{}");
        }
        call(session, "Emulation.setDeviceMetricsOverride",
                "{\"width\":1280,\"height\":2000,\"deviceScaleFactor\":1,\"mobile\":false}");
        String url = page.toUri().toString();
        List<String> problems = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        Map<String, String> ids = new java.util.HashMap<>();
        List<String> blocked = new ArrayList<>();
        send(session, "Page.navigate", "{\"url\":\"" + url + "\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean loaded = false;
        long settle = Long.MAX_VALUE;
        while (System.nanoTime() < Math.min(deadline, settle)) {
            Map<String, Object> m = messages.poll(100, TimeUnit.MILLISECONDS);
            if (m == null) {
                continue;
            }
            record(m, url, problems, requests, ids, blocked);
            if ("Page.loadEventFired".equals(m.get("method")) && !loaded) {
                loaded = true;
                settle = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
            }
        }
        if (!loaded) {
            problems.add("the page did not finish loading within 30 s");
        }
        Map<String, Object> shot = result(call(session, "Page.captureScreenshot", "{\"format\":\"png\"}"));
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, Base64.getDecoder().decode((String) shot.get("data")));
        messages.forEach(m -> record(m, url, problems, requests, ids, blocked));
        return new PageCheck(problems, requests, blocked);
    }

    @SuppressWarnings("unchecked")
    private static void record(Map<String, Object> m, String url, List<String> problems, List<String> requests,
            Map<String, String> ids, List<String> blocked) {
        String method = String.valueOf(m.get("method"));
        Map<String, Object> p = (Map<String, Object>) m.getOrDefault("params", Map.of());
        switch (method) {
            case "Runtime.consoleAPICalled" -> {
                String type = String.valueOf(p.get("type"));
                if (type.equals("error") || type.equals("warning") || type.equals("assert")) {
                    problems.add("console " + type + ": " + p.get("args"));
                }
            }
            case "Runtime.exceptionThrown" -> problems.add("uncaught exception: " + p.get("exceptionDetails"));
            case "Log.entryAdded" -> {
                Map<String, Object> entry = (Map<String, Object>) p.get("entry");
                String level = String.valueOf(entry.get("level"));
                if (level.equals("error") || level.equals("warning")) {
                    problems.add("log " + level + ": " + entry.get("text") + " " + entry.getOrDefault("url", ""));
                }
            }
            case "Network.loadingFailed" -> {
                if (p.get("blockedReason") != null) {
                    blocked.add(ids.get(String.valueOf(p.get("requestId"))) + " (" + p.get("blockedReason") + ")");
                }
                problems.add("failed load: " + p.get("errorText"));
            }
            case "Network.requestWillBeSent" -> {
                String requested = String.valueOf(((Map<String, Object>) p.get("request")).get("url"));
                ids.put(String.valueOf(p.get("requestId")), requested);
                requests.add(requested);
                if (!requested.equals(url) && !requested.startsWith("data:")) {
                    problems.add("request for something outside the page: " + requested);
                }
            }
            default -> { }
        }
    }

    private synchronized int send(String session, String method, String params) {
        int id = ++nextId;
        socket.sendText("{\"id\":" + id + (session == null ? "" : ",\"sessionId\":\"" + session + "\"")
                + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
        return id;
    }

    /** Sends a command and waits for its answer; events that arrive meanwhile stay queued. */
    private Map<String, Object> call(String session, String method, String params) throws Exception {
        int id = send(session, method, params);
        List<Map<String, Object>> events = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                Map<String, Object> m = messages.poll(100, TimeUnit.MILLISECONDS);
                if (m != null && Integer.valueOf(id).equals(m.get("id"))) {
                    if (m.containsKey("error")) {
                        throw new IllegalStateException(method + " failed: " + m.get("error"));
                    }
                    return m;
                }
                if (m != null) {
                    events.add(m);
                }
            }
            throw new IllegalStateException(method + " got no answer within 30 s");
        } finally {
            messages.addAll(events);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("result");
    }

    @Override
    public void close() {
        try {
            send(null, "Browser.close", "{}");
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (RuntimeException | InterruptedException e) {
            // closing is best effort; the process is destroyed below either way
        } finally {
            process.destroyForcibly();
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add((Map<String, Object>) json.load(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
