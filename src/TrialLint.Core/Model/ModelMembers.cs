using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace TrialLint.Model;

/// <summary>
/// The members rule expressions can read on a model type, by their snake_case names, looked up once per type.
/// Values are read with a <see cref="MethodInvoker"/> of each getter: no generic instantiation is made at run time,
/// so this works unchanged under Native AOT, and it skips the argument checks of <see cref="PropertyInfo.GetValue(object)"/>.
/// </summary>
internal static class ModelMembers
{
    /// <summary>
    /// Every model type rules can meet. Naming each with <c>typeof</c> is what keeps their public properties
    /// through Native AOT trimming (a type reached only through <c>GetType()</c> would lose them); a test checks
    /// that every <see cref="ModelObject"/> type is listed.
    /// </summary>
    internal static readonly Type[] Types =
    [
        Keep(typeof(Arm)),
        Keep(typeof(Baseline)),
        Keep(typeof(BaselineCategory)),
        Keep(typeof(BaselineCharacteristic)),
        Keep(typeof(BaselineGroup)),
        Keep(typeof(BaselineValue)),
        Keep(typeof(Blinding)),
        Keep(typeof(ConflictsOfInterest)),
        Keep(typeof(Delivery)),
        Keep(typeof(Design)),
        Keep(typeof(Dispersion)),
        Keep(typeof(DocumentLink)),
        Keep(typeof(EffectEstimate)),
        Keep(typeof(Eligibility)),
        Keep(typeof(EventCount)),
        Keep(typeof(FlowGroup)),
        Keep(typeof(FlowPeriod)),
        Keep(typeof(FollowUp)),
        Keep(typeof(Funding)),
        Keep(typeof(HarmEvent)),
        Keep(typeof(HarmEventGroup)),
        Keep(typeof(Harms)),
        Keep(typeof(HarmsGroup)),
        Keep(typeof(Intervention)),
        Keep(typeof(Outcome)),
        Keep(typeof(OutcomeResult)),
        Keep(typeof(ParticipantFlow)),
        Keep(typeof(ProtocolChange)),
        Keep(typeof(Randomisation)),
        Keep(typeof(ReasonedCount)),
        Keep(typeof(RecordHarmsGroup)),
        Keep(typeof(Registration)),
        Keep(typeof(RegistryRecord)),
        Keep(typeof(SampleSize)),
        Keep(typeof(Setting)),
        Keep(typeof(SourceInfo)),
        Keep(typeof(Stage)),
        Keep(typeof(StatisticalMethods)),
        Keep(typeof(Stopping)),
        Keep(typeof(TrialDates)),
        Keep(typeof(TrialReport)),
    ];

    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, PropertyInfo>> ByType = new();
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> InOrderByType = new();

    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, MethodInvoker>> GettersByType = new();

    private static FrozenDictionary<string, MethodInvoker> GettersOf(Type type) =>
        Of(type).ToFrozenDictionary(m => m.Key, m => MethodInvoker.Create(m.Value.GetMethod!), StringComparer.Ordinal);

    private static FrozenDictionary<string, PropertyInfo> ByName(Type type) => InOrder(type).ToFrozenDictionary(p => SnakeCase.Rename(p.Name), StringComparer.Ordinal);

    /// <summary>The readable members of <paramref name="type"/> by snake_case name (not the pointer bookkeeping of <see cref="ModelObject"/>).</summary>
    public static FrozenDictionary<string, PropertyInfo> Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return ByType.GetOrAdd(type, ByName);
    }

    /// <summary>The same members in declaration order (the order <c>texts()</c> collects text in).</summary>
    public static PropertyInfo[] InOrder(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return InOrderByType.GetOrAdd(type, t => Find(t).ToArray());
    }

    /// <summary>Reads <paramref name="name"/> of <paramref name="target"/>; null when the type has no such member.</summary>
    public static object? Read(ModelObject target, string name)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Getter(target.GetType(), name)?.Invoke(target);
    }

    /// <summary>The getter of member <paramref name="name"/> of <paramref name="type"/>, or null when it has none.</summary>
    public static MethodInvoker? Getter(Type type, string name)
    {
        ArgumentNullException.ThrowIfNull(type);
        // Built for a type when a rule first reads it; each place in a rule expression keeps the getter it found (MemberSite).
        return GettersByType.GetOrAdd(type, GettersOf).GetValueOrDefault(name);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Every model type is listed in Types, which keeps their public properties; a test checks the list is complete.")]
    private static IEnumerable<PropertyInfo> Find(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null);

    // The trimmer keeps the public properties of a type passed where DynamicallyAccessedMembers asks for them.
    private static Type Keep([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type) => type;
}
