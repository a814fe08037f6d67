using System.Collections.Immutable;
using System.Globalization;

namespace TrialLint.Diagnostics;

/// <summary>One finding: a descriptor, where it is, the values for the message's placeholders, and its severity.</summary>
public sealed class Diagnostic
{
    private string? _message;

    private Diagnostic(DiagnosticDescriptor descriptor, Location location, ImmutableArray<KeyValuePair<string, object?>> arguments, DiagnosticSeverity severity, Suppression? suppression = null)
    {
        Descriptor = descriptor;
        Location = location;
        Arguments = arguments;
        Severity = severity;
        Suppression = suppression;
    }

    /// <summary>Creates a finding at its descriptor's default severity.</summary>
    /// <param name="descriptor">What kind of finding.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="arguments">Values for the named placeholders of the message.</param>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params (string Name, object? Value)[] arguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(location);
        var args = arguments.Select(a => new KeyValuePair<string, object?>(a.Name, a.Value)).ToImmutableArray();
        return new Diagnostic(descriptor, location, args, descriptor.DefaultSeverity);
    }

    /// <summary>What kind of finding this is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The rule id, e.g. TL0101.</summary>
    public string Id => Descriptor.Id;

    /// <summary>Where the finding is.</summary>
    public Location Location { get; }

    /// <summary>Values for the message's named placeholders.</summary>
    public ImmutableArray<KeyValuePair<string, object?>> Arguments { get; }

    /// <summary>The effective severity (the default unless configuration changed it).</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message with its placeholders filled in.</summary>
    public string Message => _message ??= MessageFormatter.Format(Descriptor.MessageFormat, Arguments);

    /// <summary>Why the finding is silenced, or null when it is not. A suppressed finding is kept, but does not fail a run.</summary>
    public Suppression? Suppression { get; }

    /// <summary>Whether the finding is silenced.</summary>
    public bool IsSuppressed => Suppression is not null;

    /// <summary>Returns this finding with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Location, Arguments, severity, Suppression) { _message = _message };

    /// <summary>Returns this finding at another place (a record read from one line of a larger file).</summary>
    public Diagnostic WithLocation(Location location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return new Diagnostic(Descriptor, location, Arguments, Severity, Suppression) { _message = _message };
    }

    /// <summary>Returns this finding marked as silenced by <paramref name="suppression"/>.</summary>
    public Diagnostic WithSuppression(Suppression suppression)
    {
        ArgumentNullException.ThrowIfNull(suppression);
        return new Diagnostic(Descriptor, Location, Arguments, Severity, suppression) { _message = _message };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Location}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}");
}
