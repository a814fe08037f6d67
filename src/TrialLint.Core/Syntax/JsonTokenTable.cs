using System.Globalization;
using System.Text;
using System.Text.Json;
using TrialLint.Text;

namespace TrialLint.Syntax;

/// <summary>
/// A JSON text read into one flat table of its values, in document order, with their byte positions: the shape
/// System.Text.Json's <c>JsonDocument</c> keeps, plus each value's parent and key so that its JSON Pointer and its
/// line and column can be worked out when a finding needs them. Registry records are read through it
/// (<c>Registry/RecordNode</c>) instead of a tree of node objects: a record with results holds about 15,000 values,
/// and the mapper reads most of them once, as text or numbers, and keeps the place of few.
/// </summary>
/// <remarks>
/// The table only answers for well-formed JSON: <see cref="TryParse"/> gives null for anything the reader rejects
/// (a syntax error, nesting deeper than <see cref="SyntaxLimits.MaxDepth"/>, an escape that is not text) and for more
/// than <see cref="SyntaxLimits.MaxNodes"/> values, and <see cref="JsonSyntaxParser"/> reports those. A repeated key
/// is kept out of lookups (the first one wins, as in <see cref="MappingNode"/>) and noted in
/// <see cref="HasDuplicateKeys"/>, for the parser to report. Values, keys and positions are those the parser's nodes
/// have: <c>JsonTokenTableDifferentialTests</c> checks it value by value.
/// </remarks>
public sealed class JsonTokenTable
{
    private const int NoParent = -1;
    private readonly ReadOnlyMemory<byte> _utf8;
    private readonly Entry[] _entries;
    private int[]? _charCheckpoints;

    private JsonTokenTable(ReadOnlyMemory<byte> utf8, Entry[] entries, int count, bool hasDuplicateKeys, bool isAscii)
    {
        _utf8 = utf8;
        _entries = entries;
        Count = count;
        HasDuplicateKeys = hasDuplicateKeys;
        IsAscii = isAscii;
    }

    /// <summary>What a value is.</summary>
    public enum ValueKind : byte
    {
        /// <summary>A set of keys and values.</summary>
        Object,

        /// <summary>A list.</summary>
        Array,

        /// <summary>Text.</summary>
        String,

        /// <summary>A number without a fraction or exponent.</summary>
        Integer,

        /// <summary>A number with a fraction or an exponent.</summary>
        Float,

        /// <summary>true or false.</summary>
        Boolean,

        /// <summary>null.</summary>
        Null,
    }

    [Flags]
    private enum EntryFlags : byte
    {
        None = 0,
        EscapedValue = 1,
        EscapedKey = 2,
        RepeatedKey = 4,
        Item = 8,
    }

    // One value: 28 bytes. Children follow their parent; a value's subtree ends at Next.
    private struct Entry
    {
        public int Start;
        public int End;
        public int Parent;
        public int Next;
        public int Key;        // a member: the byte offset of its key's opening quote; an item: its index in the list
        public int KeyLength;  // a member: the key's length in bytes as written, without the quotes
        public ValueKind Kind;
        public EntryFlags Flags;
    }

    /// <summary>How many values the text holds (the root is value 0).</summary>
    public int Count { get; }

    /// <summary>Whether an object repeats a key (the repeat is left out of lookups; the parser reports it).</summary>
    public bool HasDuplicateKeys { get; }

    /// <summary>Whether the text is all ASCII, so byte offsets are character offsets.</summary>
    public bool IsAscii { get; }

    /// <summary>The table of <paramref name="utf8"/> (UTF-8 without a byte-order mark), or null when the text is not well-formed JSON within the limits.</summary>
    public static JsonTokenTable? TryParse(ReadOnlyMemory<byte> utf8)
    {
        var span = utf8.Span;
        if (span.IndexOfAnyExcept(" \t\r\n"u8) < 0) return null;
        var builder = new Builder(span, Math.Max(16, span.Length / 24));
        try
        {
            if (!builder.Reader.Read()) return null;
            builder.ReadValue(NoParent, -1, 0, EntryFlags.None);
            if (builder.Reader.Read()) return null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or TooManyValuesException)
        {
            return null;
        }
        return new JsonTokenTable(utf8, builder.Entries, builder.Count, builder.HasDuplicateKeys, System.Text.Ascii.IsValid(span));
    }

    /// <summary>The bytes the table was read from.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8;

    /// <summary>The kind of value <paramref name="index"/>.</summary>
    public ValueKind KindOf(int index) => _entries[index].Kind;

    /// <summary>The member <paramref name="key"/> of object <paramref name="index"/> (the first, if the key repeats), or -1.</summary>
    public int Member(int index, string key)
    {
        ref readonly var entry = ref _entries[index];
        if (entry.Kind != ValueKind.Object) return -1;
        var utf8 = _utf8.Span;
        for (int child = index + 1; child < entry.Next; child = _entries[child].Next)
        {
            ref readonly var member = ref _entries[child];
            if ((member.Flags & EntryFlags.RepeatedKey) != 0) continue;
            var raw = utf8.Slice(member.Key + 1, member.KeyLength);
            if ((member.Flags & EntryFlags.EscapedKey) == 0 && raw.Length == key.Length && System.Text.Ascii.Equals(raw, key)) return child;
            if (((member.Flags & EntryFlags.EscapedKey) != 0 || !System.Text.Ascii.IsValid(raw)) && string.Equals(KeyOf(child), key, StringComparison.Ordinal)) return child;
        }
        return -1;
    }

    /// <summary>The items of list <paramref name="index"/> (nothing for any other value).</summary>
    public ChildEnumerator Items(int index) => new(this, index, _entries[index].Kind == ValueKind.Array);

    /// <summary>Item <paramref name="item"/> of list <paramref name="index"/>, or -1.</summary>
    public int Item(int index, int item)
    {
        if (_entries[index].Kind != ValueKind.Array || item < 0) return -1;
        foreach (int child in Items(index))
        {
            if (item-- == 0) return child;
        }
        return -1;
    }

    /// <summary>How many items list <paramref name="index"/> holds (0 for any other value).</summary>
    public int ItemCount(int index)
    {
        int count = 0;
        foreach (int _ in Items(index)) count++;
        return count;
    }

    /// <summary>The value as <see cref="ScalarNode.Value"/> has it: text unescaped, a number as written, true, false or null; null for a list or an object.</summary>
    public string? ScalarText(int index)
    {
        ref readonly var entry = ref _entries[index];
        var utf8 = _utf8.Span;
        switch (entry.Kind)
        {
            case ValueKind.String:
                var raw = utf8[(entry.Start + 1)..(entry.End - 1)];
                return (entry.Flags & EntryFlags.EscapedValue) == 0 ? ShortStrings.Get(raw, ShortStrings.ValueLength) : Unescape(utf8[entry.Start..entry.End]);
            case ValueKind.Integer:
            case ValueKind.Float:
                return ShortStrings.Get(utf8[entry.Start..entry.End], ShortStrings.ValueLength);
            case ValueKind.Boolean:
                return utf8[entry.Start] == (byte)'t' ? "true" : "false";
            case ValueKind.Null:
                return "null";
            default:
                return null;
        }
    }

    /// <summary>The key of member <paramref name="index"/> (null for an item or the root).</summary>
    public string? KeyOf(int index)
    {
        ref readonly var entry = ref _entries[index];
        if (entry.Parent == NoParent || (entry.Flags & EntryFlags.Item) != 0) return null;
        var quoted = _utf8.Span.Slice(entry.Key, entry.KeyLength + 2);
        return (entry.Flags & EntryFlags.EscapedKey) == 0 ? ShortStrings.Get(quoted[1..^1], ShortStrings.KeyLength) : Unescape(quoted);
    }

    /// <summary>The JSON Pointer of value <paramref name="index"/>, its text built when first read.</summary>
    public JsonPointer PointerOf(int index) => index == 0 ? JsonPointer.Root : JsonPointer.Of(new ValuePointer(this, index));

    /// <summary>The pointer's text, from the parent's.</summary>
    private string PointerTextOf(int index)
    {
        ref readonly var entry = ref _entries[index];
        if (entry.Parent == NoParent) return string.Empty;
        if (entry.Kind is ValueKind.Object or ValueKind.Array) return ContainerPointerText(index);
        var parent = JsonPointer.FromText(ContainerPointerText(entry.Parent));
        return ((entry.Flags & EntryFlags.Item) != 0 ? parent.Append(entry.Key) : parent.Append(KeyOf(index)!)).ToString();
    }

    /// <summary>The pointer text of an object or a list, kept: a record's findings and missing fields share a few hundred of them.</summary>
    private string ContainerPointerText(int index)
    {
        ref readonly var entry = ref _entries[index];
        if (entry.Parent == NoParent) return string.Empty;
        var texts = LazyInitializer.EnsureInitialized(ref _containerPointers, () => []);
        lock (texts)
        {
            if (texts.TryGetValue(index, out var known)) return known;
        }
        var parent = JsonPointer.FromText(ContainerPointerText(entry.Parent));
        string text = ((entry.Flags & EntryFlags.Item) != 0 ? parent.Append(entry.Key) : parent.Append(KeyOf(index)!)).ToString();
        lock (texts) texts[index] = text;
        return text;
    }

    private Dictionary<int, string>? _containerPointers;

    /// <summary>The value the pointer <paramref name="segments"/> names and the span of the key that introduces it (none for an item or the root); -1 when it names something missing.</summary>
    /// <remarks>List indexes are read as <see cref="SyntaxTree.GetLocation(JsonPointer)"/> reads them.</remarks>
    internal (int Index, int Parent, TextSpan? KeySpan) Resolve(IReadOnlyList<string> segments, bool strictIndexes)
    {
        int node = 0, parent = NoParent;
        TextSpan? keySpan = null;
        foreach (string segment in segments)
        {
            int next = -1;
            TextSpan? nextKey = null;
            if (_entries[node].Kind == ValueKind.Object && Member(node, segment) is int member and >= 0)
            {
                next = member;
                nextKey = KeySpan(member);
            }
            else if (_entries[node].Kind == ValueKind.Array && ParseIndex(segment, strictIndexes) is int i && Item(node, i) is int item and >= 0)
            {
                next = item;
            }
            if (next < 0) return (-1, node, keySpan);
            parent = node;
            node = next;
            keySpan = nextKey;
        }
        return (node, parent, keySpan);
    }

    private static int? ParseIndex(string segment, bool strict) =>
        (strict ? int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int i) : int.TryParse(segment, out i)) && i >= 0 ? i : null;

    /// <summary>The character span of value <paramref name="index"/> (a string with its quotes, an object or list with its brackets).</summary>
    internal TextSpan Span(int index) => TextSpan.FromBounds(CharOffset(_entries[index].Start), CharOffset(_entries[index].End));

    /// <summary>The character span of member <paramref name="index"/>'s key, with its quotes.</summary>
    internal TextSpan KeySpan(int index)
    {
        ref readonly var entry = ref _entries[index];
        return TextSpan.FromBounds(CharOffset(entry.Key), CharOffset(entry.Key + entry.KeyLength + 2));
    }

    /// <summary>The UTF-16 offset of a byte offset at the start of a character.</summary>
    private int CharOffset(int byteOffset)
    {
        if (IsAscii) return byteOffset;
        // Checkpoints every 4 KB, at the first character boundary in each block, so one position counts at most a block.
        var utf8 = _utf8.Span;
        var checkpoints = _charCheckpoints ??= Checkpoints(utf8);
        int block = byteOffset / CheckpointBytes;
        int at = BlockStart(utf8, block);
        if (at > byteOffset)
        {
            block--;
            at = BlockStart(utf8, block);
        }
        return checkpoints[block] + Encoding.UTF8.GetCharCount(utf8[at..byteOffset]);
    }

    private const int CheckpointBytes = 4096;

    private static int BlockStart(ReadOnlySpan<byte> utf8, int block)
    {
        int at = block * CheckpointBytes;
        while (at < utf8.Length && (utf8[at] & 0xC0) == 0x80) at++;
        return at;
    }

    private static int[] Checkpoints(ReadOnlySpan<byte> utf8)
    {
        var checkpoints = new int[utf8.Length / CheckpointBytes + 1];
        int chars = 0, previous = 0;
        for (int block = 1; block < checkpoints.Length; block++)
        {
            int at = BlockStart(utf8, block);
            chars += Encoding.UTF8.GetCharCount(utf8[previous..at]);
            checkpoints[block] = chars;
            previous = at;
        }
        return checkpoints;
    }

    private static string Unescape(ReadOnlySpan<byte> quoted)
    {
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>The children of a list, as value indexes.</summary>
    public struct ChildEnumerator(JsonTokenTable table, int parent, bool any)
    {
        private int _current = -1;

        /// <summary>The current child.</summary>
        public readonly int Current => _current;

        /// <summary>This enumerator (for <c>foreach</c>).</summary>
        public readonly ChildEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next child.</summary>
        public bool MoveNext()
        {
            if (!any) return false;
            int next = _current < 0 ? parent + 1 : table._entries[_current].Next;
            if (next >= table._entries[parent].Next) return false;
            _current = next;
            return true;
        }
    }

    /// <summary>A value's pointer, spelled out the first time it is read as text.</summary>
    private sealed class ValuePointer(JsonTokenTable table, int index) : IPointerText
    {
        private string? _text;

        public string PointerText => _text ??= table.PointerTextOf(index);

        public bool IsRoot => false;

        public bool SameAs(IPointerText other) => other is ValuePointer value && value.Table == table && value.Index == index;

        private JsonTokenTable Table => table;

        private int Index => index;
    }

    private sealed class TooManyValuesException : Exception;

    /// <summary>One pass of the reader, appending values in document order.</summary>
    private ref struct Builder
    {
        public Utf8JsonReader Reader;
        public Entry[] Entries;
        public int Count;
        public bool HasDuplicateKeys;
        private readonly ReadOnlySpan<byte> _utf8;

        // The members of the objects being read, one list per depth, reused.
        private readonly List<List<int>> _members = [];
        private int _depth;

        public Builder(ReadOnlySpan<byte> utf8, int capacity)
        {
            _utf8 = utf8;
            Entries = new Entry[capacity];
            Reader = new Utf8JsonReader(utf8, new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
                MaxDepth = SyntaxLimits.MaxDepth,
            });
        }

        public void ReadValue(int parent, int key, int keyLength, EntryFlags flags)
        {
            if (Count == SyntaxLimits.MaxNodes) throw new TooManyValuesException();
            if (Count == Entries.Length) Array.Resize(ref Entries, Entries.Length * 2);
            int index = Count++;
            ref var entry = ref Entries[index];
            entry.Start = (int)Reader.TokenStartIndex;
            entry.Parent = parent;
            entry.Key = key;
            entry.KeyLength = keyLength;
            entry.Flags = flags;
            switch (Reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Entries[index].Kind = ValueKind.Object;
                    ReadMembers(index);
                    break;
                case JsonTokenType.StartArray:
                    Entries[index].Kind = ValueKind.Array;
                    _depth++;
                    for (int item = 0; Reader.Read() && Reader.TokenType != JsonTokenType.EndArray; item++)
                        ReadValue(index, item, 0, EntryFlags.Item);
                    _depth--;
                    break;
                case JsonTokenType.String:
                    if (Reader.ValueIsEscaped)
                    {
                        Reader.GetString(); // throws for an escape that is not text (a lone surrogate), as the parser does
                        entry.Flags |= EntryFlags.EscapedValue;
                    }
                    entry.Kind = ValueKind.String;
                    break;
                case JsonTokenType.Number:
                    entry.Kind = Reader.ValueSpan.IndexOfAny(".eE"u8) >= 0 ? ValueKind.Float : ValueKind.Integer;
                    break;
                case JsonTokenType.True:
                case JsonTokenType.False:
                    entry.Kind = ValueKind.Boolean;
                    break;
                case JsonTokenType.Null:
                    entry.Kind = ValueKind.Null;
                    break;
                default:
                    throw new JsonException($"unexpected {Reader.TokenType}");
            }
            // The entry may have moved when the table grew.
            Entries[index].End = (int)Reader.BytesConsumed;
            Entries[index].Next = Count;
        }

        private void ReadMembers(int index)
        {
            while (_members.Count <= _depth) _members.Add([]);
            var members = _members[_depth++];
            members.Clear();
            HashSet<string>? names = null;
            while (Reader.Read() && Reader.TokenType == JsonTokenType.PropertyName)
            {
                int keyStart = (int)Reader.TokenStartIndex;
                int keyLength = Reader.ValueSpan.Length;
                var flags = EntryFlags.None;
                if (Reader.ValueIsEscaped)
                {
                    Reader.GetString();
                    flags |= EntryFlags.EscapedKey;
                }
                if (IsRepeat(members, ref names, keyStart, keyLength, flags))
                {
                    flags |= EntryFlags.RepeatedKey;
                    HasDuplicateKeys = true;
                }
                Reader.Read();
                members.Add(Count);
                ReadValue(index, keyStart, keyLength, flags);
            }
            _members[--_depth].Clear();
        }

        /// <summary>Whether the key at <paramref name="keyStart"/> repeats one of the object's earlier keys (by scan while short, by set once long).</summary>
        private readonly bool IsRepeat(List<int> members, ref HashSet<string>? names, int keyStart, int keyLength, EntryFlags flags)
        {
            var raw = _utf8.Slice(keyStart + 1, keyLength);
            bool plain = (flags & EntryFlags.EscapedKey) == 0;
            if (names is null && members.Count < 16 && plain)
            {
                foreach (int member in members)
                {
                    ref readonly var m = ref Entries[member];
                    if ((m.Flags & EntryFlags.EscapedKey) != 0)
                    {
                        if (string.Equals(Decode(m.Key, m.KeyLength, m.Flags), Decode(keyStart, keyLength, flags), StringComparison.Ordinal)) return true;
                    }
                    else if (m.KeyLength == keyLength && _utf8.Slice(m.Key + 1, m.KeyLength).SequenceEqual(raw)) return true;
                }
                return false;
            }
            if (names is null)
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                foreach (int member in members)
                {
                    ref readonly var m = ref Entries[member];
                    if ((m.Flags & EntryFlags.RepeatedKey) == 0) names.Add(Decode(m.Key, m.KeyLength, m.Flags));
                }
            }
            return !names.Add(Decode(keyStart, keyLength, flags));
        }

        private readonly string Decode(int keyStart, int keyLength, EntryFlags flags) =>
            (flags & EntryFlags.EscapedKey) == 0 ? Encoding.UTF8.GetString(_utf8.Slice(keyStart + 1, keyLength)) : Unescape(_utf8.Slice(keyStart, keyLength + 2));
    }
}
