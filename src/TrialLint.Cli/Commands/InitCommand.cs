using System.CommandLine;
using TrialLint.Configuration;
using TrialLint.Output;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint init</c>: writes a commented starter <c>.triallint.yaml</c>.</summary>
internal static class InitCommand
{
    public const string Starter = """
        # yaml-language-server: $schema=https://raw.githubusercontent.com/triallint/triallint/main/schemas/config.schema.json
        # TrialLint configuration. TrialLint uses the nearest .triallint.yaml above each report; options given on the
        # command line win over this file. Every key is optional. Reference: docs/configuration.md

        # Check every report against these packs instead of choosing them by the trial's design (randomised:
        # consort-2025 + consort-harms-2022; not randomised: early-phase + consort-harms-2022). Add folders of your
        # own rule files as paths (./house-rules).
        # extends:
        #   - consort-2025
        #   - consort-harms-2022
        #   - ./house-rules

        # Severity per rule: error, warning, info or off.
        # rules:
        #   TL0209: off

        # Settings for some files (globs) or one place in one file (file#/json/pointer). Every override needs a reason,
        # which is shown with each finding the override silences.
        # overrides:
        #   - files: ["reports/legacy/**"]
        #     rules: {TL0501: off}
        #     reason: "Published before prospective registration was required"
        #   - pointer: "reports/example.trial.json#/harms"
        #     rules: {TL0202: off}
        #     reason: "The journal's word limit; all harms are in supplement S2"

        # The lowest severity that fails the run (exit 1): error, warning or info.
        failLevel: error

        # Fail the run when there are more warnings than this.
        # maxWarnings: 50

        # Which report files a folder lint picks up, relative to this file.
        # include: ["reports/**/*.trial.yaml"]
        # exclude: ["reports/drafts/**"]
        """;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .triallint.yaml." };
        var command = new Command("init", $"Write a commented starter {TrialLintConfig.FileName} in the current folder.") { force };
        command.SetAction(parse =>
        {
            string path = Path.Combine(Directory.GetCurrentDirectory(), TrialLintConfig.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                error.WriteLine($"triallint: error: {TrialLintConfig.FileName} already exists (use --force to overwrite it)");
                return ExitCodes.UsageError;
            }
            using (var file = AtomicFile.Create(path))
            {
                var writer = new StreamWriter(file.Stream);
                writer.Write(Starter.Replace("\r\n", "\n") + "\n");
                writer.Flush();
                file.Commit();
            }
            output.WriteLine($"Wrote {TrialLintConfig.FileName}. Next: 'triallint lint', then 'triallint baseline create' to accept the findings you already have.");
            return ExitCodes.Success;
        });
        return command;
    }
}
