package io.coastwatch.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import picocli.CommandLine;

/** {@code serve}'s options as Spring Boot arguments: the server listens on this machine only unless told otherwise. */
class ServeCommandTest {

    private static List<String> arguments(String... options) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(options);
        return command.springArguments();
    }

    @Test
    void theServerListensOnLoopbackByDefault() throws Exception {
        assertTrue(arguments("--port", "9000").stream().noneMatch(arg -> arg.startsWith("--server.address")));
        List<PropertySource<?>> defaults = new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yml"));
        assertEquals("127.0.0.1", defaults.getFirst().getProperty("server.address"), "the built-in configuration's");
    }

    @Test
    void bindChoosesTheAddressAndRefusesWhatIsNotOne() {
        assertEquals(List.of("--server.address=0.0.0.0"), arguments("--bind", "0.0.0.0"));
        assertEquals(List.of("--server.address=::1"), arguments("--bind", "::1"));
        assertThrows(CommandLine.ParameterException.class, () -> arguments("--bind", "every; rm -rf /"));
    }
}
