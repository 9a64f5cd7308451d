package io.github.dossier.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report repository of {@code n} findings whose text is ordinary report English, every
 * finding with its own sentences (about 250 words each, as a real finding has), for timing the
 * spelling check: identical paragraphs are checked once, so the synthetic library of
 * {@link EngagementGenerator}, whose findings share their text, would measure almost nothing.
 */
public final class ProseGenerator {

    private static final String[] ASSETS = {"web server", "mail gateway", "file share", "domain controller",
        "payroll portal", "customer database", "VPN concentrator", "print server", "build server", "wiki",
        "backup appliance", "remote desktop gateway", "intranet", "ticketing system", "reporting service"};
    private static final String[] WEAKNESSES = {"an outdated version of its software",
        "a default administrator password", "a weak cipher configuration", "verbose error messages",
        "an unauthenticated management interface", "directory listing", "an open redirect",
        "missing security headers", "a predictable session identifier", "an exposed debugging endpoint",
        "unrestricted file uploads", "a misconfigured access control list", "cached credentials",
        "an unpatched remote code execution flaw", "anonymous read access"};
    private static final String[] ACTORS = {"an attacker on the internet", "a malicious insider",
        "any user of the internal network", "an unauthenticated visitor", "a former employee",
        "a compromised workstation", "a guest on the wireless network"};
    private static final String[] OUTCOMES = {"read confidential documents", "take over user accounts",
        "change the configuration", "move to other systems", "disrupt the service", "steal payment data",
        "install persistent malware", "impersonate members of staff", "bypass the audit trail"};
    private static final String[] ACTIONS = {"apply the vendor's latest security update",
        "replace the default password with a long random one", "restrict access to the management network",
        "disable the feature where it is not needed", "review the configuration against the vendor's guidance",
        "monitor the logs for signs of abuse", "remove the accounts that are no longer used",
        "enable multi-factor authentication for every administrator"};

    private ProseGenerator() {
    }

    /** Writes the repository under {@code root}: one template and one finding per index. */
    public static void write(Path root, int findings) throws IOException {
        StringBuilder yaml = new StringBuilder("engagement:\n  client: Benchmark Bank plc\n  title: Spelling Benchmark\n"
                + "  date: 2026-11-25\n  language: en-GB\nvalues:\n  CLIENT: Benchmark Bank\nfindings:\n");
        for (int f = 0; f < findings; f++) {
            write(root.resolve("src/findings/0" + (f % 5) + "_group/prose_" + f + ".md"), template(f));
            yaml.append("  - template: 0").append(f % 5).append("_group/prose_").append(f).append('\n')
                    .append("    affected: [host-").append(f).append(".bench.example]\n")
                    .append("    values: {NOTE: \"The ").append(pick(ASSETS, f, 4)).append(" was tested on day ")
                    .append(f % 9 + 1).append(" of the engagement, with the agreement of its owner.\"}\n");
        }
        write(root.resolve("src/engagement/engagement.yaml"), yaml.toString());
    }

    private static String template(int f) {
        String asset = pick(ASSETS, f, 1);
        String weakness = pick(WEAKNESSES, f, 1);
        StringBuilder t = new StringBuilder("---\ncategory: APP\ncvss: \"" + (f % 9 + 1) + ".0\"\n---\n### ")
                .append(capital(weakness)).append(" on the ").append(asset).append(" (").append(f).append(")\n");
        t.append("The ").append(asset).append(" at host-").append(f).append(".bench.example has ").append(weakness)
                .append(". ");
        for (int s = 0; s < 5; s++) {
            t.append(sentence(f, s)).append(' ');
        }
        t.append("\n\n{==NOTE==}\n\nThe tester confirmed the issue with `curl -k https://host-").append(f)
                .append(".bench.example/` and kept the output as evidence.\n");
        t.append("#### Impact: ").append(new String[] {"Low", "Medium", "High"}[f % 3]).append('\n');
        for (int s = 5; s < 8; s++) {
            t.append(sentence(f, s)).append(' ');
        }
        t.append("\n#### Likelihood: ").append(new String[] {"Low", "Medium", "High"}[(f / 3) % 3]).append('\n')
                .append(capital(pick(ACTORS, f, 3))).append(" would need little more than a browser and ")
                .append(f % 4 + 2).append(" hours to find it, and tools that automate the search are freely"
                        + " available.\n");
        t.append("#### Recommendation\n");
        for (int s = 0; s < 4; s++) {
            t.append("- ").append(capital(pick(ACTIONS, f, s + 1))).append(" on the ").append(pick(ASSETS, f, s + 2))
                    .append(s == 1 && f % 10 == 0 ? ", and then check teh result" : "").append(".\n");
        }
        return t.toString();
    }

    /** The {@code s}-th sentence of finding {@code f}: each finding combines the pools its own way. */
    private static String sentence(int f, int s) {
        String actor = pick(ACTORS, f, s + 7);
        String outcome = pick(OUTCOMES, f, s + 11);
        String asset = pick(ASSETS, f, s + 13);
        return switch ((f + s) % 6) {
            case 0 -> capital(actor) + " could use this to " + outcome + ", because the " + asset
                    + " trusts requests that arrive from it.";
            case 1 -> "We found that the " + asset + " also relies on this configuration, so " + actor
                    + " could " + outcome + " there as well.";
            case 2 -> "In our tests it took less than " + (f % 50 + 10) + " minutes to " + outcome
                    + " from the position of " + actor + ".";
            case 3 -> "Although the " + asset + " logs each request, nobody reviews the logs, so an attempt to "
                    + outcome + " would go unnoticed.";
            case 4 -> "The weakness has been public for " + (f % 7 + 2) + " years, and " + actor
                    + " who reads the vendor's advisories will know how to " + outcome + ".";
            default -> "Because the same accounts are used on the " + asset + ", " + actor
                    + " could then " + outcome + " across the estate.";
        };
    }

    private static String pick(String[] pool, int f, int k) {
        return pool[Math.floorMod(f * (2 * k + 1) + k * 7, pool.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
