using System.CommandLine;
using TrialLint.Schema;
using TrialLint.Text;

namespace TrialLint.Cli.Commands;

/// <summary><c>triallint schema [NAME]</c>: prints one of the JSON Schemas embedded in the tool, for editors and other tools.</summary>
internal static class SchemaCommand
{
    private static string Names => string.Join(", ", PublishedSchemas.All.Select(s => s.Name));

    public static Command Create(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("name")
        {
            Description = "Which schema: " + string.Join("; ", PublishedSchemas.All.Select(s => $"{s.Name}: {s.Title}")) + ". Default: report.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("schema",
            "Print a JSON Schema of this version of TrialLint (the same text as its schemas/ folder), for editors with no network: "
            + "'triallint schema report > trial-report.schema.json'. 'triallint init' writes the report and configuration schemas into the repository.")
        { name };
        command.SetAction(parse =>
        {
            string wanted = parse.GetValue(name) ?? PublishedSchemas.Report.Name;
            var schema = PublishedSchemas.Find(wanted);
            if (schema is null)
            {
                string hint = TextDistance.Closest(wanted, PublishedSchemas.All.Select(s => s.Name).ToList()) is { } best ? $"did you mean '{best}'? " : string.Empty;
                error.WriteLine($"triallint: error: there is no schema '{wanted}'; {hint}choose one of: {Names}");
                return ExitCodes.UsageError;
            }
            output.Write(schema.Text);
            output.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
