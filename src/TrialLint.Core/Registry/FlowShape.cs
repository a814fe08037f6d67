namespace TrialLint.Registry;

/// <summary>
/// The shape of a record's participant flow, read before it is mapped. ClinicalTrials.gov lists every flow group in
/// every period, so a group that takes part in only some periods is written with zeros in the others: a "Part B"
/// arm with STARTED 0 in Part A, a run-in group with 0 in the randomised period. Those zeros are not numbers of the
/// arm (an explicit 0 in an earlier period is not the arm's allocation), so the mapper leaves such a group out of
/// the periods it does not take part in (<see cref="IsAbsent"/>).
/// <para>
/// A run-in (lead-in, screening, pre-treatment) period comes before allocation: some groups have participants, the
/// arms that follow have none yet, and in the next period its participants are spread over more groups than it had,
/// with no one new. When a run-in group carries an arm's title (the run-in "Aliskiren + HCTZ" group of 1,335 becomes
/// the randomised "Aliskiren + HCTZ" arm of 244), its run-in numbers are not the arm's allocation:
/// <see cref="IsBeforeAllocation"/> marks those periods, and the mapper gives their groups ids of their own.
/// </para>
/// </summary>
internal sealed class FlowShape
{
    private readonly Cell[][] _cells;
    private readonly bool[] _beforeAllocation;

    private FlowShape(Cell[][] cells)
    {
        _cells = cells;
        _beforeAllocation = new bool[cells.Length];
        for (int p = 0; p + 1 < cells.Length; p++)
        {
            if (!SpreadsOverMoreGroups(p)) break;
            _beforeAllocation[p] = true;
        }
    }

    /// <summary>One group's numbers in one period.</summary>
    private readonly record struct Cell(long? Started, long? Completed, long? NotCompleted, bool AnyReason)
    {
        public bool AllZero => (Started ?? 0) == 0 && (Completed ?? 0) == 0 && (NotCompleted ?? 0) == 0 && !AnyReason;

        public bool Active => Started > 0;
    }

    /// <summary>Reads <paramref name="periods"/> (the period objects, in order) for the groups <paramref name="groupIds"/>.</summary>
    public static FlowShape Read(IReadOnlyList<RecordNode> periods, IReadOnlyList<string> groupIds)
    {
        var cells = new Cell[periods.Count][];
        for (int p = 0; p < periods.Count; p++)
        {
            var milestones = periods[p]["milestones"].Items.ToList();
            long? Count(string type, string id) =>
                milestones.Where(m => string.Equals(m["type"].Text, type, StringComparison.OrdinalIgnoreCase))
                    .SelectMany(m => m["achievements"].Items).Where(a => a["groupId"].Text == id).Select(a => a["numSubjects"].Integer).FirstOrDefault();
            var reasons = periods[p]["dropWithdraws"].Items.SelectMany(r => r["reasons"].Items).ToList();
            cells[p] = [.. groupIds.Select(id => new Cell(Count("STARTED", id), Count("COMPLETED", id), Count("NOT COMPLETED", id),
                reasons.Any(r => r["groupId"].Text == id && r["numSubjects"].Integer is > 0)))];
        }
        return new FlowShape(cells);
    }

    /// <summary>Whether group <paramref name="g"/> takes no part in period <paramref name="p"/>: only zeros there, and participants in another period.</summary>
    public bool IsAbsent(int p, int g) =>
        _cells[p][g].AllZero && Enumerable.Range(0, _cells.Length).Any(q => q != p && _cells[q][g].Active);

    /// <summary>Whether period <paramref name="p"/> comes before allocation (a run-in whose participants are then spread over the arms).</summary>
    public bool IsBeforeAllocation(int p) => _beforeAllocation[p];

    /// <summary>
    /// Whether the participants of period <paramref name="p"/> are spread over more groups in the next period, with
    /// no one new: a group with none in <paramref name="p"/> starts the next period, a group of <paramref name="p"/>
    /// starts the next period with fewer than completed it, and no more start the next period than completed this one.
    /// </summary>
    private bool SpreadsOverMoreGroups(int p)
    {
        var (now, next) = (_cells[p], _cells[p + 1]);
        if (!now.Any(c => c.Active)) return false;
        bool newGroup = false, shrinking = false;
        long completed = 0, started = 0;
        for (int g = 0; g < now.Length; g++)
        {
            if (next[g].Active && !now[g].Active) newGroup = true;
            if (now[g].Active && next[g].Active && next[g].Started < (now[g].Completed ?? now[g].Started)) shrinking = true;
            completed += now[g].Completed ?? now[g].Started ?? 0;
            started += next[g].Started ?? 0;
        }
        return newGroup && shrinking && started <= completed;
    }
}
