package io.github.dossier.maven;

import io.github.dossier.authoring.Authoring;
import io.github.dossier.authoring.TemplateCatalog;
import io.github.dossier.problem.Printable;
import io.github.dossier.problem.Problems;
import io.github.dossier.report.ReportConfig;
import io.github.dossier.template.TemplateLibrary;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lists the templates a report can use (id, title, category, CVSS and library), from the
 * descriptor's libraries and the configured ones, optionally filtered.
 *
 * @since 0.1.0
 */
@Mojo(name = "list", threadSafe = true)
public class ListMojo extends AbstractDossierMojo {

    /**
     * Lists only templates whose id, title, category or library contains this text
     * (case-insensitive).
     *
     * @since 0.1.0
     */
    @Parameter(property = "dossier.filter")
    private String filter;

    @Override
    protected void run(ReportConfig config) {
        Problems problems = new Problems();
        TemplateLibrary library = Authoring.library(config, problems);
        problems.throwIfErrors("the template libraries cannot be listed");
        List<TemplateCatalog.Row> rows = TemplateCatalog.rows(library, filter);
        TemplateCatalog.format(rows).forEach(line -> getLog().info(Printable.escape(line)));
        getLog().info("Dossier: " + rows.size() + " template" + (rows.size() == 1 ? "" : "s")
                + (filter == null || filter.isBlank() ? "" : " matching '" + filter.strip() + "'"));
    }
}
