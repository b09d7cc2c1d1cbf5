package io.github.doingoai.cli;

import io.github.doingoai.Doingoai;
import io.github.doingoai.ExtractorBuilder;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli description of the command line, built programmatically (no annotations, so no
 * reflection and no {@code opens} in the module descriptor). picocli tokenizes the arguments and
 * writes the completion script; {@link Main} checks the values and writes the one-line errors.
 */
final class CommandModel {

  private CommandModel() {}

  /** The {@code doingoai} command with its {@code extract} and {@code match} subcommands. */
  static CommandLine commandLine() {
    CommandSpec root = CommandSpec.create().name("doingoai")
        .version("doingoai " + Doingoai.version())
        .mixinStandardHelpOptions(true);
    root.usageMessage().description("Extracts officials, meetings and agreements from Vietnamese news articles.");
    CommandLine cl = new CommandLine(root);
    cl.addSubcommand("extract", new CommandLine(subcommand("extract",
        "Prints one JSON object per article (JSON Lines) on stdout.", true)));
    cl.addSubcommand("match", new CommandLine(subcommand("match",
        "Groups the articles into real-world events: {\"events\":[...]}.", false)));
    return cl;
  }

  private static CommandSpec subcommand(String name, String description, boolean extract) {
    CommandSpec spec = CommandSpec.create().name(name).mixinStandardHelpOptions(true);
    spec.usageMessage().description(description);
    spec.addOption(OptionSpec.builder("--reference-date").paramLabel("YYYY-MM-DD").type(String.class)
        .description("Resolve year-less and relative dates against this date.").build());
    spec.addOption(OptionSpec.builder("--max-text-length").paramLabel("CHARS").type(String.class)
        .description("Skip (and report) articles longer than this; default "
            + ExtractorBuilder.DEFAULT_MAX_TEXT_LENGTH + ".").build());
    spec.addOption(OptionSpec.builder("--format").paramLabel("FORMAT").type(String.class)
        .completionCandidates(extract ? java.util.List.of("jsonl", "json", "csv", "tsv") : java.util.List.of("jsonl", "json"))
        .description(extract ? "jsonl (default), json, csv or tsv." : "jsonl (default) or json.").build());
    spec.addOption(OptionSpec.builder("--pretty").type(boolean.class)
        .description("Indent the JSON.").build());
    spec.addPositional(PositionalParamSpec.builder().paramLabel("PATH").arity("1..*").type(String[].class)
        .completionCandidates(null)
        .description("An article file, a directory (its *.txt files), or - for standard input.").build());
    return spec;
  }

  /** The bash (and zsh, through bashcompinit) completion script for {@code doingoai}. */
  static String completionScript() {
    return AutoComplete.bash("doingoai", commandLine());
  }
}
