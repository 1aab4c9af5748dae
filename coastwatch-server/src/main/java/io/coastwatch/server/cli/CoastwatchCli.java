package io.coastwatch.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code coastwatch} command. */
@Command(
        name = "coastwatch",
        mixinStandardHelpOptions = true,
        versionProvider = CoastwatchCli.Version.class,
        description = "Coastwatch: maritime border surveillance and operations.",
        subcommands = {AuditCommand.class, DemoCommand.class, DecodeCommand.class, ServeCommand.class, SimulateCommand.class, CommandLine.HelpCommand.class})
public final class CoastwatchCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new CoastwatchCli()).execute(args));
    }

    /** Reads the version from the jar's manifest (falls back to "development"). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CoastwatchCli.class.getPackage().getImplementationVersion();
            return new String[] {"coastwatch " + (version == null ? "development" : version)};
        }
    }
}
