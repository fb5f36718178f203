package org.citypeers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The evaluation ({@code --citypeers.eval.corpus=... --citypeers.eval.queries=...}) and benchmark
 * ({@code --citypeers.benchmark=100000}) commands run the application without a web server, without
 * demo data, on a throw-away in-memory database and a throw-away data directory (so the index they
 * build never touches a real one). Registered in META-INF/spring.factories.
 */
public class CommandLineModes implements EnvironmentPostProcessor {

    public static final String EVAL_CORPUS = "citypeers.eval.corpus";
    public static final String EVAL_QUERIES = "citypeers.eval.queries";
    public static final String BENCHMARK = "citypeers.benchmark";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.containsProperty(EVAL_CORPUS) && !env.containsProperty(BENCHMARK)) {
            return;
        }
        String dataDir;
        try {
            dataDir = Files.createTempDirectory("citypeers-command").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.getPropertySources().addFirst(new MapPropertySource("citypeers-command", Map.of(
                "spring.main.web-application-type", "none",
                "spring.main.banner-mode", "off",
                "citypeers.demo.enabled", "false",
                "citypeers.data-dir", dataDir,
                "spring.datasource.url", "jdbc:h2:mem:citypeers-command;DB_CLOSE_DELAY=-1",
                "logging.level.root", "error",
                "logging.level.org.citypeers", "error",
                // Vaadin's auto-configuration assumes a servlet container
                "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                        + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration")));
    }
}
