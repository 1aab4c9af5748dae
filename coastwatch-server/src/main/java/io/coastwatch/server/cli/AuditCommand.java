package io.coastwatch.server.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code coastwatch audit}: the audit log (nhật ký) of a store, from outside the server. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "The audit log of every write by a person or a job: verify that its hash chain is unbroken.",
        subcommands = {AuditVerifyCommand.class, CommandLine.HelpCommand.class})
final class AuditCommand {
}
