package io.github.dossier.maven;

import io.github.dossier.library.LibraryCoordinates;
import io.github.dossier.library.LibraryResolutionException;
import io.github.dossier.library.LibraryResolver;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves library artifacts with Maven's own resolver and the build's session, so the local
 * repository, {@code settings.xml} mirrors and proxies and offline mode all apply.
 */
final class MavenLibraryResolver implements LibraryResolver {

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MavenLibraryResolver(RepositorySystem system, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = repositories == null ? List.of() : List.copyOf(repositories);
    }

    @Override
    public Path resolve(LibraryCoordinates c) throws LibraryResolutionException {
        if (system == null || session == null) {
            throw new LibraryResolutionException("no Maven repository session is available");
        }
        DefaultArtifact artifact = new DefaultArtifact(c.groupId(), c.artifactId(), c.classifier(), c.extension(),
                c.version());
        try {
            File file = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile();
            return file.toPath();
        } catch (ArtifactResolutionException e) {
            throw new LibraryResolutionException(firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "the artifact cannot be resolved";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
