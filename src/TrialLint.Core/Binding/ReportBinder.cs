using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Binding;

/// <summary>
/// Binds a report's syntax tree to the <see cref="TrialReport"/> model. The model is the source of the format's keys:
/// every public property of a model type is the key its snake_case name says (<see cref="ReportKey"/>), read by its
/// type (text, whole number, number, yes/no, list of text, section, list of sections), so there is no per-key code to
/// keep in step. Binding is lenient: a value of the wrong type is left out (schema validation has already reported
/// it), so analyzers see a well-formed model of everything that could be read. Each object remembers its own pointer
/// and the pointer of every key present, which is where findings point.
/// </summary>
public static class ReportBinder
{
    /// <summary>Binds the root of <paramref name="tree"/>; null when the root is not a set of keys.</summary>
    public static TrialReport? Bind(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return tree.Root is MappingNode root ? (TrialReport)TypeBinder.For(typeof(TrialReport)).Bind(root) : null;
    }
}

/// <summary>Binds mappings to one model type, from the type's properties.</summary>
internal abstract class TypeBinder
{
    /// <summary>
    /// The model types a report holds (not <see cref="RegistryRecord"/>, which only registry records give). Each is
    /// named here so that binding creates its objects and lists without generic code made at run time (Native AOT);
    /// binding a type missing here fails with its name, and the format agreement test binds every key.
    /// </summary>
    private static readonly FrozenDictionary<Type, TypeBinder> Binders = new TypeBinder[]
    {
        new TypeBinder<TrialReport>(), new TypeBinder<SourceInfo>(), new TypeBinder<Registration>(),
        new TypeBinder<DocumentLink>(), new TypeBinder<Funding>(), new TypeBinder<ConflictsOfInterest>(),
        new TypeBinder<Design>(), new TypeBinder<Stage>(), new TypeBinder<ProtocolChange>(), new TypeBinder<Setting>(),
        new TypeBinder<Eligibility>(), new TypeBinder<Arm>(), new TypeBinder<Intervention>(),
        new TypeBinder<Randomisation>(), new TypeBinder<Blinding>(), new TypeBinder<SampleSize>(),
        new TypeBinder<StatisticalMethods>(), new TypeBinder<TrialDates>(), new TypeBinder<FollowUp>(),
        new TypeBinder<Stopping>(), new TypeBinder<Delivery>(), new TypeBinder<ParticipantFlow>(),
        new TypeBinder<FlowPeriod>(), new TypeBinder<FlowGroup>(), new TypeBinder<ReasonedCount>(),
        new TypeBinder<Baseline>(), new TypeBinder<BaselineGroup>(), new TypeBinder<BaselineCharacteristic>(),
        new TypeBinder<BaselineCategory>(), new TypeBinder<BaselineValue>(), new TypeBinder<Outcome>(),
        new TypeBinder<OutcomeResult>(), new TypeBinder<Dispersion>(), new TypeBinder<EffectEstimate>(),
        new TypeBinder<Harms>(), new TypeBinder<HarmsGroup>(), new TypeBinder<EventCount>(), new TypeBinder<HarmEvent>(),
        new TypeBinder<HarmEventGroup>(),
    }.ToFrozenDictionary(b => b.Type);

    /// <summary>The model type bound.</summary>
    public abstract Type Type { get; }

    /// <summary>The binder of <paramref name="type"/>.</summary>
    public static TypeBinder For(Type type) =>
        Binders.TryGetValue(type, out var binder) ? binder
        : throw new InvalidOperationException($"The report binder does not know the model type {type.Name}; add it to TypeBinder.Binders.");

    /// <summary>Binds one mapping.</summary>
    public abstract ModelObject Bind(MappingNode node);

    /// <summary>Binds the mappings of a list (other items are left out), as a boxed <c>ImmutableArray</c> of the type.</summary>
    public abstract object BindList(SequenceNode node);
}

/// <summary>Binds mappings to <typeparamref name="T"/>.</summary>
internal sealed class TypeBinder<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] T> : TypeBinder
    where T : ModelObject, new()
{
    // Made on first use: the fields of a type refer to the binders of the types below it.
    private readonly Lazy<Field[]> _fields = new(() => [.. typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.DeclaringType != typeof(ModelObject) && p.GetIndexParameters().Length == 0)
        .Where(p => p.GetCustomAttribute<NotInReportFormatAttribute>() is null)
        .Select(Field.For)]);

    public override Type Type => typeof(T);

    public override ModelObject Bind(MappingNode node)
    {
        var fields = _fields.Value;
        var reader = new FieldReader(node);
        var values = new object?[fields.Length];
        for (int i = 0; i < fields.Length; i++) values[i] = fields[i].Read(reader);
        var obj = new T { Pointer = node.Pointer, FieldPointers = reader.Pointers };
        for (int i = 0; i < fields.Length; i++)
        {
            if (values[i] is { } value) fields[i].Property.SetValue(obj, value);
        }
        return obj;
    }

    public override object BindList(SequenceNode node)
    {
        var items = ImmutableArray.CreateBuilder<T>(node.Items.Count);
        foreach (var item in node.Items)
        {
            if (item is MappingNode mapping) items.Add((T)Bind(mapping));
        }
        return items.ToImmutable();
    }

    /// <summary>One key: the property it fills and how its value is read (null: absent or of the wrong type).</summary>
    private sealed record Field(PropertyInfo Property, Func<FieldReader, object?> Read)
    {
        public static Field For(PropertyInfo property)
        {
            string key = ReportKey.Of(property.Name);
            var type = property.PropertyType;
            Func<FieldReader, object?> read =
                type == typeof(string) ? property.GetCustomAttribute<AnyScalarAttribute>() is null ? r => r.Text(key) : r => r.ScalarText(key)
                : type == typeof(long?) ? r => r.Integer(key)
                : type == typeof(double?) ? r => r.Number(key)
                : type == typeof(bool?) ? r => r.Boolean(key)
                : type == typeof(ImmutableArray<string>) ? r => r.TextList(key)
                : type.IsSubclassOf(typeof(ModelObject)) ? r => r.Get(key) is MappingNode m ? TypeBinder.For(type).Bind(m) : null
                : IsListOfModelObjects(type, out var element) ? r => r.Get(key) is SequenceNode s ? TypeBinder.For(element).BindList(s) : null
                : throw new InvalidOperationException($"{typeof(T).Name}.{property.Name}: the binder reads no key of type {type.Name}.");
            return new Field(property, read);
        }

        private static bool IsListOfModelObjects(Type type, out Type element)
        {
            element = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? type.GetGenericArguments()[0] : typeof(object);
            return element.IsSubclassOf(typeof(ModelObject));
        }
    }
}
