package io.github.dossier.template;

import io.github.dossier.problem.Problems;

/**
 * Where the markup parser reports what it finds.
 *
 * @param errors syntax errors that leave the template unusable ({@code {==} never closed)
 * @param malformed broken markup that would ship as written ({@code ==}} closing nothing,
 *     {@code {=x==}}, {@code {have|has}}): errors in strict builds, warnings in draft builds (SPEC §1.4)
 * @param lints suspicious but valid markup: warnings
 */
record ParseProblems(Problems errors, Problems malformed, Problems lints) {

    /** Fresh collectors for malformations and lints, reporting errors to {@code errors}. */
    static ParseProblems reportingTo(Problems errors) {
        return new ParseProblems(errors, new Problems(), new Problems());
    }
}
