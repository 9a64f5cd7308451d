package io.github.dossier.scan;

import io.github.dossier.problem.Location;
import io.github.dossier.problem.Problems;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a Nessus v2 file ({@code .nessus}) with StAX, keeping only what the rules need, so a
 * file of hundreds of megabytes is read in bounded memory. DTDs are refused and no entity is
 * ever resolved: a file that declares a {@code DOCTYPE} is an error, and nothing is fetched.
 */
public final class NessusReader {

    /** Plugin output is kept up to this many characters: what a capture may look at. */
    public static final int MAX_OUTPUT_CHARS = 16 * 1024;
    /** Host names and addresses longer than this are cut; no real one comes near. */
    static final int MAX_NAME_CHARS = 1024;

    private static final String ROOT = "NessusClientData_v2";

    /** What a file held, for the log. */
    public record Summary(int hosts, long items, int kept) {
    }

    private final ScanInterest interest;

    public NessusReader(ScanInterest interest) {
        this.interest = interest;
    }

    /**
     * Reads one file into {@code results}. Problems (not Nessus, not well-formed, a DOCTYPE)
     * are reported located in {@code display}; then nothing from the file is kept.
     */
    public Optional<Summary> read(InputStream in, String display, ScanResults results, Problems problems) {
        ScanResults own = new ScanResults();
        XMLStreamReader reader = null;
        TagLimit bounded = new TagLimit(in, display);
        try {
            reader = factory().createXMLStreamReader(bounded);
            Optional<Summary> summary = new Pass(reader, display, own, problems).run();
            summary.ifPresent(s -> results.addAll(own));
            return summary;
        } catch (XMLStreamException e) {
            bounded.tooLong().ifPresentOrElse(tooLong -> problems.error(tooLong.at(), "one XML tag here is "
                    + megabytes(tooLong.bytes()) + " long; Dossier reads tags of up to "
                    + megabytes(TagLimit.MAX_MARKUP_BYTES) + ", since reading this one whole would need about "
                    + megabytes(tooLong.bytes() * TagLimit.HEAP_PER_BYTE) + " of heap", "a Nessus export has tags"
                    + " of a few KB: this file is damaged or was made to exhaust memory; export the scan again"),
                    () -> problems.error(location(display, e), "the Nessus file cannot be read: " + message(e),
                            "export the scan again as a .nessus (v2) file"));
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    /** The JDK's own StAX parser, with DTDs and external entities off whatever the classpath holds. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** {@code 200 MB}, or bytes below a megabyte. */
    static String megabytes(long bytes) {
        return bytes < (1 << 20) ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%,d MB", bytes >> 20);
    }

    private static Location location(String display, XMLStreamException e) {
        javax.xml.stream.Location at = e.getLocation();
        return at == null || at.getLineNumber() < 0 ? Location.of(display)
                : new Location(display, at.getLineNumber(), Math.max(at.getColumnNumber(), 0));
    }

    /** The parser's message without its "ParseError at [row,col]" preamble (the location says it). */
    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int cut = m.indexOf("Message: ");
        return (cut >= 0 ? m.substring(cut + "Message: ".length()) : m).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // the stream itself is closed by the caller; nothing is lost here
            }
        }
    }

    /** One pass over one file. */
    private final class Pass {
        private final XMLStreamReader r;
        private final String display;
        private final ScanResults results;
        private final Problems problems;
        private NessusHost host;
        private NessusHost.Pending item;
        private boolean wantOutput;
        private int hosts;
        private long items;
        private int kept;

        Pass(XMLStreamReader r, String display, ScanResults results, Problems problems) {
            this.r = r;
            this.display = display;
            this.results = results;
            this.problems = problems;
        }

        Optional<Summary> run() throws XMLStreamException {
            boolean rootSeen = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.DTD) {
                    problems.error(here(), "the scan file declares a DOCTYPE; Dossier never reads DTDs or entities",
                            "remove the <!DOCTYPE …> declaration (Nessus files have none), or export the scan again");
                    return Optional.empty();
                }
                if (event == XMLStreamConstants.START_ELEMENT && !rootSeen) {
                    rootSeen = true;
                    if (!r.getLocalName().equals(ROOT)) {
                        problems.error(here(), "not a Nessus v2 file: the root element is <" + r.getLocalName()
                                + ">, not <" + ROOT + ">", "export the scan as a .nessus (v2) file");
                        return Optional.empty();
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    start(r.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(r.getLocalName());
                }
            }
            return Optional.of(new Summary(hosts, items, kept));
        }

        private void start(String name) throws XMLStreamException {
            switch (name) {
                case "ReportHost" -> host = new NessusHost(r.getAttributeValue(null, "name"));
                case "tag" -> {
                    if (host != null) {
                        String tag = r.getAttributeValue(null, "name");
                        host.property(tag == null ? "" : tag, text(MAX_NAME_CHARS));
                    }
                }
                case "ReportItem" -> reportItem();
                case "plugin_output" -> {
                    if (item != null && wantOutput) {
                        item = new NessusHost.Pending(item.pluginId(), item.svcName(), item.protocol(), item.port(),
                                text(MAX_OUTPUT_CHARS));
                    }
                }
                default -> {
                    // descriptions, solutions, references, the policy: read past
                }
            }
        }

        private void reportItem() {
            if (host == null) {
                return;
            }
            items++;
            String plugin = attribute("pluginID");
            String protocol = attribute("protocol").toLowerCase(java.util.Locale.ROOT);
            int port = port(attribute("port"));
            if (ServiceNames.TLS_PLUGINS.contains(plugin)) {
                host.tls(protocol, port);
            }
            if (interest.keeps(plugin)) {
                item = new NessusHost.Pending(plugin, attribute("svc_name"), protocol, port, "");
                wantOutput = interest.needsOutput(plugin);
            }
        }

        private void end(String name) {
            if (name.equals("ReportItem") && item != null) {
                host.add(item);
                kept++;
                item = null;
            } else if (name.equals("ReportHost") && host != null) {
                host.finish(results::add);
                hosts++;
                host = null;
            }
        }

        /** The element's text up to {@code max} characters; the rest is read past, never kept. */
        private String text(int max) throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (depth == 1 && isText(event) && sb.length() < max) {
                    sb.append(r.getTextCharacters(), r.getTextStart(), Math.min(r.getTextLength(), max - sb.length()));
                }
            }
            return sb.toString();
        }

        private boolean isText(int event) {
            return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
        }

        private String attribute(String name) {
            String value = r.getAttributeValue(null, name);
            return value == null ? "" : value.strip();
        }

        private int port(String text) {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private Location here() {
            javax.xml.stream.Location at = r.getLocation();
            return new Location(display, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0));
        }
    }
}
