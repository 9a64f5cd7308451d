package io.github.dossier.spelling;

import io.github.dossier.engagement.EngagementInfo;
import io.github.dossier.problem.Problems;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A checker loading on a thread of its own, so that LanguageTool reads its rules and dictionaries
 * while the report is built rather than after.
 */
final class Opening {

    private final CompletableFuture<Checker> checker = new CompletableFuture<>();
    /** What opening reports (an unknown rule), kept apart until the caller takes it: Problems is one thread's. */
    private final Problems reported = new Problems();

    private Opening() {
    }

    /** Starts loading the checker for the engagement's language. */
    static Opening start(EngagementInfo engagement, Set<String> disabled) {
        Opening opening = new Opening();
        Thread thread = new Thread(() -> {
            try {
                opening.checker.complete(LanguageModules.open(engagement.language(), engagement.languageLocation(),
                        List.of(), disabled, opening.reported));
            } catch (RuntimeException | Error e) {
                opening.checker.completeExceptionally(e);
            }
        }, "dossier-spelling-open");
        thread.setDaemon(true);
        thread.start();
        return opening;
    }

    /** The checker, once loaded; its problems go to {@code problems}. */
    Checker join(Problems problems) {
        try {
            Checker loaded = checker.join();
            problems.addAll(reported.sorted());
            return loaded;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The report could not be built: the checker, when it has loaded, is closed unused. */
    void discard() {
        checker.thenAccept(Checker::close);
    }
}
