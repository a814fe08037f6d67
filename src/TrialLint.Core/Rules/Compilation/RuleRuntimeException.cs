namespace TrialLint.Rules.Compilation;

/// <summary>Thrown when a rule expression cannot be evaluated on a report (an operator on values it does not apply to); reported as TL0807.</summary>
public sealed class RuleRuntimeException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public RuleRuntimeException() { }

    /// <summary>Creates the exception.</summary>
    public RuleRuntimeException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public RuleRuntimeException(string message, Exception innerException) : base(message, innerException) { }
}
