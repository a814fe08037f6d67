using System.CommandLine;
using TrialLint.Configuration;
using TrialLint.Output;
using TrialLint.Schema;

namespace TrialLint.Cli.Commands;

/// <summary>
/// <c>triallint init</c>: writes a commented starter <c>.triallint.yaml</c>, the report and configuration schemas of
/// this version of TrialLint into <c>.triallint/</c>, and the editor settings that point at them (see
/// <see cref="EditorSchemas"/>), so that a report repository gets completion with no network.
/// </summary>
internal static class InitCommand
{
    public const string Starter = """
        # yaml-language-server: $schema=.triallint/config.schema.json
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
        var force = new Option<bool>("--force") { Description = $"Replace an existing {TrialLintConfig.FileName} with the starter." };
        var command = new Command("init",
            $"Write a commented starter {TrialLintConfig.FileName} in the current folder, the report and configuration schemas of this "
            + $"version of TrialLint in {EditorSchemas.Folder}/, and the .vscode/settings.json entries (yaml.schemas, json.schemas) "
            + "that point editors at them, for completion with no network. Run it again after upgrading TrialLint: it updates "
            + $"the schemas in {EditorSchemas.Folder}/ and adds missing settings, and leaves {TrialLintConfig.FileName} and your other settings as they are.")
        { force };
        command.SetAction(parse =>
        {
            string root = Directory.GetCurrentDirectory();
            string path = Path.Combine(root, TrialLintConfig.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                output.WriteLine($"Kept {TrialLintConfig.FileName} (--force replaces it with the starter).");
            }
            else
            {
                EditorSchemas.WriteText(path, Starter.Replace("\r\n", "\n") + "\n");
                output.WriteLine($"Wrote {TrialLintConfig.FileName}.");
            }
            EditorSchemas.Write(root, output, error);
            output.WriteLine("Next: 'triallint lint', then 'triallint baseline create' to accept the findings you already have.");
            return ExitCodes.Success;
        });
        return command;
    }
}
