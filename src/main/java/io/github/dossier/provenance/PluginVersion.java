package io.github.dossier.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The plugin's own coordinates and version, filtered into {@code plugin.properties} by its build. */
public final class PluginVersion {

    private static final Properties PROPERTIES = load();

    private PluginVersion() {
    }

    /** {@code io.github.dossier:dossier-maven-plugin}. */
    public static String coordinates() {
        return PROPERTIES.getProperty("groupId") + ":" + PROPERTIES.getProperty("artifactId");
    }

    /** {@code 0.2.0}. */
    public static String version() {
        return PROPERTIES.getProperty("version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = PluginVersion.class.getResourceAsStream("plugin.properties")) {
            if (in == null) {
                throw new IllegalStateException("plugin.properties is missing from the plugin jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin.properties from the plugin jar", e);
        }
        return properties;
    }
}
