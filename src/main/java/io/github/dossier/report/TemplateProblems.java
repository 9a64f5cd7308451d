package io.github.dossier.report;

import io.github.dossier.problem.Problem;
import io.github.dossier.problem.Problems;
import io.github.dossier.template.Template;

/**
 * What a template's parse found beyond syntax errors, as every build reports it (SPEC §1.4):
 * lints are warnings; broken markup that would print as written is an error in a strict build
 * and a warning in a draft.
 */
final class TemplateProblems {

    private TemplateProblems() {
    }

    static void report(Template template, boolean draft, Problems problems) {
        problems.addAll(template.lints());
        for (Problem p : template.malformations()) {
            problems.add(draft ? p : Problem.error(p.location(), p.message(), p.hint()));
        }
    }
}
