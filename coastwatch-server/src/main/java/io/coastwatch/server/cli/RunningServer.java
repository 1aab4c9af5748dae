package io.coastwatch.server.cli;

import io.coastwatch.server.CoastwatchApplication;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * The server (Spring Boot) started by a command, until it is closed: by {@link #close}, or by SIGTERM /
 * Ctrl-C through Spring's shutdown hook (sources stopped, positions flushed, store closed).
 */
final class RunningServer implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed;

    private RunningServer(ConfigurableApplicationContext context, CountDownLatch closed) {
        this.context = context;
        this.closed = closed;
    }

    /** Starts the server with Spring arguments ({@code --server.port=0}, {@code --coastwatch.…=…}). */
    static RunningServer start(List<String> arguments) {
        CountDownLatch closed = new CountDownLatch(1);
        SpringApplication application = new SpringApplication(CoastwatchApplication.class);
        application.addListeners(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        return new RunningServer(application.run(arguments.toArray(String[]::new)), closed);
    }

    /** The HTTP port it listens on (the one chosen when started with port 0). */
    int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    /** Blocks until the server has been closed (by {@link #close} or a shutdown signal). */
    void awaitClose() throws InterruptedException {
        if (context.isActive()) {
            closed.await();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
