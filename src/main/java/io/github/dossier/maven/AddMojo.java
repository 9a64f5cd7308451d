package io.github.dossier.maven;

import io.github.dossier.authoring.Authoring;
import io.github.dossier.report.ReportConfig;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Appends a finding for a template to the descriptor, listing every slot, choice and option of the
 * template for the writer to fill in (with comments), and leaving the rest of the file byte for
 * byte as it was. The build fails on the new finding until it is filled in.
 *
 * @since 0.1.0
 */
@Mojo(name = "add", threadSafe = true)
public class AddMojo extends AbstractDossierMojo {

    /**
     * The template to add: its id ({@code 08_web_application/sql_injection}) or exact title.
     * Also read from {@code -Ddossier.template}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "template")
    private String template;

    /** {@code -Ddossier.template}, the prefixed spelling of {@link #template}. */
    @Parameter(property = "dossier.template")
    private String dossierTemplate;

    @Override
    protected void run(ReportConfig config) throws MojoFailureException {
        String name = template != null && !template.isBlank() ? template : dossierTemplate;
        if (name == null || name.isBlank()) {
            throw new MojoFailureException("name the template to add: mvn dossier:add -Dtemplate=<id or title>"
                    + " (mvn dossier:list shows them)");
        }
        Authoring.Added added = Authoring.add(config, name.strip());
        getLog().info("Dossier: added template " + added.templateId() + (added.key() == null ? ""
                : " as key '" + added.key() + "'") + " to " + added.descriptor()
                + "; fill in its values and options (the build fails until they are)");
    }
}
