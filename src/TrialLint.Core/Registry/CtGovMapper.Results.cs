using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Diagnostics;
using TrialLint.Model;
using TrialLint.Syntax;

namespace TrialLint.Registry;

/// <summary>The results section: participant flow, baseline, outcome measures and adverse events.</summary>
internal sealed partial class CtGovMapper
{
    /// <summary>The groups one results module defines: arm id and definition by the module's group id.</summary>
    private sealed class ModuleGroups(string subject, RecordNode module, string groupsKey = "groups")
    {
        private bool _reported;

        public Dictionary<string, (string Arm, RecordNode Definition)> ById { get; } = new(StringComparer.Ordinal);

        public string Subject { get; } = subject;

        public RecordNode Module { get; } = module;

        /// <summary>The arm id and definition of <paramref name="groupId"/>; reports an unknown id once per module.</summary>
        public (string Arm, RecordNode Definition)? Find(RecordNode groupId, CtGovMapper mapper)
        {
            if (groupId.Text is { } id && ById.TryGetValue(id, out var found)) return found;
            if (_reported) return null;
            _reported = true;
            string problem = ById.Count == 0 ? "lists no groups" : $"gives numbers for group '{groupId.Text ?? "(none)"}', which it does not list";
            var where = ById.Count == 0 ? Module[groupsKey].Pointer : groupId.Pointer;
            mapper._diagnostics.Add(Diagnostic.Create(InputDiagnostics.RecordGroupsMissing, mapper.Locate(where), ("subject", Subject), ("problem", problem)));
            return null;
        }
    }

    private ModuleGroups Groups(RecordNode module, string subject, bool isFlow, bool dropTotal = false)
    {
        var definitions = module["groups"].Items.Where(g => g.IsObject).ToList();
        if (dropTotal && definitions.Count > 1 && IsTotal(definitions[^1])) definitions.RemoveAt(definitions.Count - 1);
        var ids = _groups.Link(definitions.Select(g => g["title"].Text).ToList(), isFlow);
        var groups = new ModuleGroups(subject, module);
        for (int i = 0; i < definitions.Count; i++)
        {
            if (definitions[i]["id"].Text is { } id) groups.ById.TryAdd(id, (ids[i], definitions[i]));
        }
        return groups;
    }

    private static bool IsTotal(RecordNode group) =>
        GroupLinker.Exact(group["title"].Text).StartsWith("total", StringComparison.Ordinal)
        || (group["description"].Text?.StartsWith("Total of all", StringComparison.OrdinalIgnoreCase) ?? false);

    private ParticipantFlow? MapFlow()
    {
        var module = _results["participantFlowModule"];
        var enrollment = DesignModule["enrollmentInfo"];
        bool actual = string.Equals(enrollment["type"].Text, "ACTUAL", StringComparison.OrdinalIgnoreCase);
        var f = new FieldMap();
        if (actual) f.Read("enrolled", enrollment["count"]);
        long? enrolled = actual ? enrollment["count"].Integer : null;
        if (!module.IsObject)
        {
            if (enrolled is null) return null;
            f.Absent("periods", module.Pointer);
            return new ParticipantFlow { Enrolled = enrolled, Pointer = enrollment.Pointer, FieldPointers = f.Present, MissingFieldPointers = f.Missing };
        }

        var groups = Groups(module, "The participant flow", isFlow: true);
        var definitions = module["groups"].Items.Where(g => g.IsObject).ToList();
        var periods = ImmutableArray.CreateBuilder<FlowPeriod>();
        var periodIds = new HashSet<string>(StringComparer.Ordinal);
        var periodNodes = module["periods"].Items.Where(p => p.IsObject).ToList();
        var shape = FlowShape.Read(periodNodes, [.. definitions.Select(d => d["id"].Text ?? "")]);
        for (int pi = 0; pi < periodNodes.Count; pi++)
        {
            var period = periodNodes[pi];
            var milestones = period["milestones"].Items.ToList();
            RecordNode? Milestone(string type) =>
                milestones.FirstOrDefault(m => string.Equals(m["type"].Text, type, StringComparison.OrdinalIgnoreCase)) is { Exists: true } m ? m : null;
            var started = Milestone("STARTED");
            var completed = Milestone("COMPLETED");
            var notCompleted = Milestone("NOT COMPLETED");
            var reasons = period["dropWithdraws"].Items.ToList();

            // Every number must belong to a listed group.
            foreach (var milestone in milestones)
                foreach (var achievement in milestone["achievements"].Items) groups.Find(achievement["groupId"], this);
            foreach (var reason in reasons)
                foreach (var count in reason["reasons"].Items) groups.Find(count["groupId"], this);

            var flowGroups = ImmutableArray.CreateBuilder<FlowGroup>();
            string periodId = GroupLinker.Slug(period["title"].Text ?? $"period {periods.Count + 1}");
            for (int n = 2; !periodIds.Add(periodId); n++) periodId = $"{GroupLinker.Slug(period["title"].Text)}-{n}";
            for (int gi = 0; gi < definitions.Count; gi++)
            {
                var definition = definitions[gi];
                if (definition["id"].Text is not { } id || !groups.ById.TryGetValue(id, out var group)) continue;
                // Zeros for a group that takes part in other periods only are not its numbers.
                if (shape.IsAbsent(pi, gi)) continue;
                RecordNode? Achievement(RecordNode? milestone) =>
                    milestone?["achievements"].Items.FirstOrDefault(a => a["groupId"].Text == id) is { Exists: true } a ? a : null;
                var start = Achievement(started);
                var complete = Achievement(completed);
                var notComplete = Achievement(notCompleted);
                var discontinued = ImmutableArray.CreateBuilder<ReasonedCount>();
                var lost = ImmutableArray.CreateBuilder<ReasonedCount>();
                bool anyReason = false;
                foreach (var reason in reasons)
                {
                    foreach (var count in reason["reasons"].Items.Where(c => c["groupId"].Text == id))
                    {
                        anyReason = true;
                        long? n = count["numSubjects"].Integer;
                        if (n == 0) continue;
                        var rf = new FieldMap();
                        rf.Read("n", count["numSubjects"]);
                        rf.Read("reason", reason["type"]);
                        string? type = reason["type"].Text;
                        string? comment = reason["comment"].Text ?? count["comment"].Text;
                        var entry = new ReasonedCount
                        {
                            N = n,
                            Reason = type is null ? null : comment is null ? type : $"{type} ({comment})",
                            Pointer = count.Pointer,
                            FieldPointers = rf.Present,
                            MissingFieldPointers = rf.Missing,
                        };
                        if (type is not null && LostToFollowUp().IsMatch(type)) lost.Add(entry);
                        else discontinued.Add(entry);
                    }
                }
                if (start is null && complete is null && notComplete is null && !anyReason) continue;

                var gf = new FieldMap();
                gf.Read("arm", group.Definition["title"]);
                if (start is { } s) gf.Read("allocated", s["numSubjects"]);
                if (complete is { } c) gf.Read("completed", c["numSubjects"]);
                // Not a field of the report format: where the record says how many did not complete (TL0601 points there).
                if (notComplete is { } nc) gf.Read("not_completed", nc["numSubjects"]);
                if (reasons.Count > 0)
                {
                    gf.Set("discontinued", period["dropWithdraws"].Pointer);
                    gf.Set("lost_to_follow_up", period["dropWithdraws"].Pointer);
                }
                else
                {
                    gf.Absent("discontinued", period["dropWithdraws"].Pointer);
                    gf.Absent("lost_to_follow_up", period["dropWithdraws"].Pointer);
                }
                flowGroups.Add(new FlowGroup
                {
                    // A run-in group is not the arm it is named after: the arm is allocated after the run-in.
                    Arm = shape.IsBeforeAllocation(pi) ? $"{group.Arm}-run-in" : group.Arm,
                    Allocated = start?["numSubjects"].Integer,
                    Completed = complete?["numSubjects"].Integer,
                    Discontinued = discontinued.ToImmutable(),
                    LostToFollowUp = lost.ToImmutable(),
                    Pointer = (start ?? complete ?? notComplete)?.Pointer ?? period.Pointer,
                    FieldPointers = gf.Present,
                    MissingFieldPointers = gf.Missing,
                });
            }

            var pf = new FieldMap();
            pf.Read("title", period["title"]);
            pf.Read("id", period["title"]);
            if (flowGroups.Count > 0) pf.Set("groups", period["milestones"].Pointer);
            periods.Add(new FlowPeriod
            {
                Id = periodId,
                Title = period["title"].Text,
                Groups = flowGroups.ToImmutable(),
                Pointer = period.Pointer,
                FieldPointers = pf.Present,
            });
        }

        string? recruitment = f.Read("statement", module["recruitmentDetails"]).Text;
        string? preAssignment = module["preAssignmentDetails"].Text;
        if (recruitment is null && preAssignment is not null) f.Read("statement", module["preAssignmentDetails"]);
        if (periods.Count > 0) f.Set("periods", module["periods"].Pointer);
        string? statement = string.Join(" ", new[] { recruitment is null ? null : $"Recruitment: {recruitment}", preAssignment is null ? null : $"Pre-assignment: {preAssignment}" }.OfType<string>());
        return new ParticipantFlow
        {
            Enrolled = enrolled,
            Periods = periods.ToImmutable(),
            Statement = statement.Length > 0 ? statement : null,
            Pointer = module.Pointer,
            FieldPointers = f.Present,
            MissingFieldPointers = f.Missing,
        };
    }

    /// <summary>The denominator counted in participants (the first, when none says so).</summary>
    private static RecordNode? Participants(RecordNode denoms)
    {
        var all = denoms.Items.Where(d => d.IsObject).ToList();
        return all.FirstOrDefault(d => string.Equals(d["units"].Text, "Participants", StringComparison.OrdinalIgnoreCase)) is { Exists: true } p ? p
            : all.Count > 0 ? all[0] : null;
    }

    private ImmutableArray<Outcome> MapResultOutcomes()
    {
        var module = _results["outcomeMeasuresModule"];
        var outcomes = ImmutableArray.CreateBuilder<Outcome>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var measure in module["outcomeMeasures"].Items)
        {
            if (!measure.IsObject) continue;
            string? type = CtGovVocabulary.OutcomeType(measure["type"].Text);
            string prefix = string.Equals(measure["type"].Text, "POST_HOC", StringComparison.OrdinalIgnoreCase) ? "post-hoc" : type ?? "outcome";
            numbers[prefix] = numbers.GetValueOrDefault(prefix) + 1;
            string title = measure["title"].Text ?? $"{prefix} {numbers[prefix]}";
            var groups = Groups(measure, $"Outcome measure '{title}'", isFlow: false);

            var denominator = Participants(measure["denoms"]);
            var counts = new Dictionary<string, RecordNode>(StringComparer.Ordinal);
            foreach (var denom in measure["denoms"].Items)
            {
                foreach (var count in denom["counts"].Items)
                {
                    if (groups.Find(count["groupId"], this) is null) continue;
                    if (denominator is { } d && denom.Pointer == d.Pointer && count["groupId"].Text is { } id) counts.TryAdd(id, count);
                }
            }
            var classes = measure["classes"].Items.ToList();
            var values = new Dictionary<string, RecordNode>(StringComparer.Ordinal);
            foreach (var category in classes.SelectMany(c => c["categories"].Items))
            {
                foreach (var measurement in category["measurements"].Items)
                {
                    if (groups.Find(measurement["groupId"], this) is null) continue;
                    // A single value per group only when the measure has one class with one category.
                    if (classes.Count == 1 && classes[0]["categories"].Count == 1 && measurement["groupId"].Text is { } id) values.TryAdd(id, measurement);
                }
            }
            var (dispersionType, level) = CtGovVocabulary.Dispersion(measure["dispersionType"].Text);
            var results = ImmutableArray.CreateBuilder<OutcomeResult>();
            foreach (var (id, (arm, definition)) in groups.ById)
            {
                var f = new FieldMap();
                f.Read("arm", definition["title"]);
                RecordNode? count = counts.TryGetValue(id, out var c) ? c : null;
                RecordNode? value = values.TryGetValue(id, out var v) ? v : null;
                if (count is { } n) f.Read("n_analysed", n["value"]);
                // Who the outcome analyses ("all participants who received at least one dose"), for every group.
                if (measure["populationDescription"].Exists) f.Set("statement", measure["populationDescription"].Pointer);
                if (value is { } m)
                {
                    f.Read("value", m["value"]);
                    if (m["value"].Number is not null && measure["unitOfMeasure"].Exists) f.Read("unit", measure["unitOfMeasure"]);
                }
                results.Add(new OutcomeResult
                {
                    Arm = arm,
                    NAnalysed = count?["value"].Integer,
                    Value = value?["value"].Number,
                    Unit = value?["value"].Number is not null ? measure["unitOfMeasure"].Text : null,
                    Dispersion = value is { } measured ? MapDispersion(measured, dispersionType, level) : null,
                    Statement = measure["populationDescription"].Text,
                    Pointer = definition.Pointer,
                    FieldPointers = f.Present,
                });
            }

            var effects = ImmutableArray.CreateBuilder<EffectEstimate>();
            foreach (var analysis in measure["analyses"].Items)
            {
                if (!analysis.IsObject) continue;
                foreach (var groupId in analysis["groupIds"].Items) groups.Find(groupId, this);
                var f = new FieldMap();
                f.Read("measure", analysis["paramType"]);
                var estimate = f.Read("estimate", analysis["paramValue"]);
                var lower = f.Read("ci_lower", analysis["ciLowerLimit"]);
                var upper = f.Read("ci_upper", analysis["ciUpperLimit"]);
                var ciLevel = f.Read("ci_level", analysis["ciPctValue"]);
                var (p, pText) = PValue(analysis["pValue"].Text);
                if (p is not null) f.Read("p_value", analysis["pValue"]);
                if (pText is not null) f.Read("p_value_text", analysis["pValue"]);
                if (estimate.Number is null && lower.Number is null && upper.Number is null && p is null && pText is null) continue;
                effects.Add(new EffectEstimate
                {
                    Measure = analysis["paramType"].Text ?? analysis["statisticalMethod"].Text,
                    Estimate = estimate.Number,
                    CiLower = lower.Number,
                    CiUpper = upper.Number,
                    CiLevel = ciLevel.Number is double l && l > 0 && l < 100 ? l : null,
                    PValue = p,
                    PValueText = pText,
                    Pointer = analysis.Pointer,
                    FieldPointers = f.Present,
                });
            }

            var of = new FieldMap();
            of.Read("type", measure["type"]);
            of.Read("id", measure["title"]);
            of.Read("title", measure["title"]);
            of.Read("time_frame", measure["timeFrame"]);
            of.Read("statement", measure["description"]);
            of.Read("aggregation", measure["paramType"]);
            of.Read("prespecified", measure["type"]);
            if (results.Count > 0) of.Set("results", measure["groups"].Pointer);
            if (effects.Count > 0) of.Set("effects", measure["analyses"].Pointer);
            outcomes.Add(new Outcome
            {
                Id = $"{prefix}-{numbers[prefix]}",
                Type = type,
                Title = measure["title"].Text,
                TimeFrame = measure["timeFrame"].Text,
                Statement = measure["description"].Text,
                Aggregation = measure["paramType"].Text is { } param ? CtGovVocabulary.Words(param) : null,
                Prespecified = type is null ? null : prefix != "post-hoc",
                Results = results.ToImmutable(),
                Effects = effects.ToImmutable(),
                Pointer = measure.Pointer,
                FieldPointers = of.Present,
                MissingFieldPointers = of.Missing,
            });
        }
        return outcomes.ToImmutable();
    }

    private static Dispersion? MapDispersion(RecordNode measurement, string? type, double? level)
    {
        if (type is null) return null;
        double? spread = measurement["spread"].Number;
        double? lower = measurement["lowerLimit"].Number;
        double? upper = measurement["upperLimit"].Number;
        if (type is "sd" or "se" ? spread is null : lower is null && upper is null) return null;
        var f = new FieldMap();
        f.Set("type", measurement.Pointer);
        if (type is "sd" or "se") f.Read("value", measurement["spread"]);
        else
        {
            f.Read("lower", measurement["lowerLimit"]);
            f.Read("upper", measurement["upperLimit"]);
        }
        return new Dispersion
        {
            Type = type,
            Value = type is "sd" or "se" ? spread : null,
            Lower = type is "sd" or "se" ? null : lower,
            Upper = type is "sd" or "se" ? null : upper,
            Level = type == "ci" ? level : null,
            Pointer = measurement.Pointer,
            FieldPointers = f.Present,
        };
    }

    /// <summary>A P value as a number ("0.03", "=0.247"), or as a bound ("&lt;0.001"); neither for anything else.</summary>
    private static (double? Value, string? Bound) PValue(string? text)
    {
        if (text is null) return (null, null);
        string t = text.Trim().TrimStart('=').Trim();
        if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double p) && p >= 0 && p <= 1) return (p, null);
        var bound = PBound().Match(t);
        return bound.Success ? (null, $"{bound.Groups["op"].Value}{bound.Groups["n"].Value}") : (null, null);
    }

    private Harms? MapHarms()
    {
        var module = _results["adverseEventsModule"];
        if (!module.IsObject) return null;
        var definitions = module["eventGroups"].Items.Where(g => g.IsObject).ToList();
        var ids = _groups.Link(definitions.Select(g => g["title"].Text).ToList(), isFlow: false);
        var byId = new Dictionary<string, (string Arm, RecordNode Definition)>(StringComparer.Ordinal);
        for (int i = 0; i < definitions.Count; i++)
        {
            if (definitions[i]["id"].Text is { } id) byId.TryAdd(id, (ids[i], definitions[i]));
        }
        var eventGroups = new ModuleGroups("The adverse events", module, "eventGroups");
        foreach (var (key, value) in byId) eventGroups.ById[key] = value;

        var harmsGroups = ImmutableArray.CreateBuilder<HarmsGroup>();
        var recordGroups = ImmutableArray.CreateBuilder<RecordHarmsGroup>();
        foreach (var (_, (arm, group)) in byId)
        {
            var rf = new FieldMap();
            rf.Read("arm", group["title"]);
            rf.Read("title", group["title"]);
            rf.Read("serious_at_risk", group["seriousNumAtRisk"]);
            rf.Read("other_at_risk", group["otherNumAtRisk"]);
            rf.Read("deaths_at_risk", group["deathsNumAtRisk"]);
            recordGroups.Add(new RecordHarmsGroup
            {
                Arm = arm,
                Title = group["title"].Text,
                SeriousAtRisk = group["seriousNumAtRisk"].Integer,
                OtherAtRisk = group["otherNumAtRisk"].Integer,
                DeathsAtRisk = group["deathsNumAtRisk"].Integer,
                Pointer = group.Pointer,
                FieldPointers = rf.Present,
                MissingFieldPointers = rf.Missing,
            });
            var f = new FieldMap();
            f.Read("arm", group["title"]);
            f.Read("deaths", group["deathsNumAffected"]);
            var serious = group["seriousNumAtRisk"];
            var other = group["otherNumAtRisk"];
            // One number at risk per group: the larger of the serious and other ones (usually the same), so that
            // neither count of affected participants is compared with a smaller population than its own.
            var atRisk = (serious.Integer, other.Integer) switch
            {
                (long s, long o) => o > s ? other : serious,
                (long, null) => serious,
                (null, long) => other,
                _ => default(RecordNode?),
            };
            if (atRisk is { } risk) f.Read("at_risk", risk);
            else f.Absent("at_risk", serious.Pointer);
            if (group["seriousNumAffected"].Exists) f.Set("serious", group["seriousNumAffected"].Pointer);
            if (group["otherNumAffected"].Exists) f.Set("non_serious", group["otherNumAffected"].Pointer);
            harmsGroups.Add(new HarmsGroup
            {
                Arm = arm,
                AtRisk = atRisk?.Integer,
                Serious = Count(group["seriousNumAffected"]),
                NonSerious = Count(group["otherNumAffected"]),
                Deaths = group["deathsNumAffected"].Integer,
                Pointer = group.Pointer,
                FieldPointers = f.Present,
                MissingFieldPointers = f.Missing,
            });
        }

        _recordHarmsGroups = recordGroups.ToImmutable();

        var events = ImmutableArray.CreateBuilder<HarmEvent>();
        var vocabularies = new List<string>();
        var assessments = new HashSet<string>(StringComparer.Ordinal);
        int unassessed = 0; // event rows that do not say how they were assessed
        foreach (var (key, serious) in (ReadOnlySpan<(string, bool)>)[("seriousEvents", true), ("otherEvents", false)])
        {
            foreach (var adverse in module[key].Items)
            {
                if (!adverse.IsObject) continue;
                if (adverse["sourceVocabulary"].Text is { } vocabulary && !vocabularies.Contains(vocabulary)) vocabularies.Add(vocabulary);
                if (adverse["assessmentType"].Text is { } assessment) assessments.Add(assessment.ToUpperInvariant());
                else unassessed++;
                var stats = ImmutableArray.CreateBuilder<HarmEventGroup>();
                foreach (var stat in adverse["stats"].Items)
                {
                    if (eventGroups.Find(stat["groupId"], this) is not { } found) continue;
                    var sf = new FieldMap();
                    sf.Read("arm", stat["groupId"]);
                    sf.Read("participants", stat["numAffected"]);
                    sf.Read("events", stat["numEvents"]);
                    sf.Read("at_risk", stat["numAtRisk"]);
                    stats.Add(new HarmEventGroup
                    {
                        Arm = found.Arm,
                        Participants = stat["numAffected"].Integer,
                        Events = stat["numEvents"].Integer,
                        AtRisk = stat["numAtRisk"].Integer,
                        Pointer = stat.Pointer,
                        FieldPointers = sf.Present,
                    });
                }
                var ef = new FieldMap();
                ef.Read("term", adverse["term"]);
                ef.Set("serious", module[key].Pointer);
                if (stats.Count > 0) ef.Set("groups", adverse["stats"].Pointer);
                events.Add(new HarmEvent
                {
                    Term = adverse["term"].Text,
                    Serious = serious,
                    Groups = stats.ToImmutable(),
                    Pointer = adverse.Pointer,
                    FieldPointers = ef.Present,
                });
            }
        }

        var hf = new FieldMap();
        hf.Read("time_frame", module["timeFrame"]);
        hf.Read("assessment", module["description"]);
        var threshold = module["frequencyThreshold"];
        if (vocabularies.Count > 0) hf.Set("definition", module.Pointer);
        // How events were collected is known when every event row says it (assessmentType); a few rows saying it
        // do not describe the rest.
        if (unassessed > 0) assessments.Clear();
        if (assessments.Count > 0) hf.Set("collection", module.Pointer);
        if (threshold.Exists || module["allCauseMortalityComment"].Exists) hf.Set("statement", threshold.Exists ? threshold.Pointer : module["allCauseMortalityComment"].Pointer);
        if (harmsGroups.Count > 0) hf.Set("groups", module["eventGroups"].Pointer);
        if (events.Count > 0) hf.Set("events", (module["seriousEvents"].Count > 0 ? module["seriousEvents"] : module["otherEvents"]).Pointer);
        string statement = string.Join(" ", new[]
        {
            threshold.Text is { } t ? $"Other (non-serious) adverse events are listed when they occurred in more than {t}% of the participants of a group." : null,
            module["allCauseMortalityComment"].Text,
        }.OfType<string>());
        return new Harms
        {
            Definition = vocabularies.Count > 0 ? $"Adverse events coded with {string.Join(", ", vocabularies)}." : null,
            Collection = assessments.Count == 0 ? null
                : assessments.SetEquals(["SYSTEMATIC_ASSESSMENT"]) ? "systematic"
                : assessments.SetEquals(["NON_SYSTEMATIC_ASSESSMENT"]) ? "non-systematic"
                : "both",
            Assessment = module["description"].Text,
            TimeFrame = module["timeFrame"].Text,
            Groups = harmsGroups.ToImmutable(),
            Events = events.ToImmutable(),
            Statement = statement.Length > 0 ? statement : null,
            Pointer = module.Pointer,
            FieldPointers = hf.Present,
            MissingFieldPointers = hf.Missing,
        };
    }

    private static EventCount? Count(RecordNode affected)
    {
        if (!affected.Exists) return null;
        var f = new FieldMap();
        f.Read("participants", affected);
        return new EventCount { Participants = affected.Integer, Pointer = affected.Pointer, FieldPointers = f.Present };
    }

    [GeneratedRegex(@"\blost\s+to\s+follow", RegexOptions.IgnoreCase)]
    private static partial Regex LostToFollowUp();

    [GeneratedRegex(@"^(?<op>[<>≤≥]=?)\s*(?<n>[0-9]*\.?[0-9]+)$")]
    private static partial Regex PBound();
}
