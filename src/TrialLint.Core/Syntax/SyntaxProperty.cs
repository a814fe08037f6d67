using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>One key and its value inside a <see cref="MappingNode"/>.</summary>
public sealed class SyntaxProperty
{
    /// <summary>Creates a property.</summary>
    public SyntaxProperty(string name, TextSpan nameSpan, SyntaxNode value)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        NameSpan = nameSpan;
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The key.</summary>
    public string Name { get; }

    /// <summary>Where the key is in the source.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The value.</summary>
    public SyntaxNode Value { get; }
}
