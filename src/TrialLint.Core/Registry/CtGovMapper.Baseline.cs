using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using TrialLint.Model;

namespace TrialLint.Registry;

/// <summary>
/// The baseline characteristics module: the number of participants per group, and the measures of the baseline
/// table (counts, means with SDs, medians with quartiles or ranges) per group, at the record's own fields.
/// </summary>
internal sealed partial class CtGovMapper
{
    private Baseline? MapBaseline()
    {
        var module = _results["baselineCharacteristicsModule"];
        if (!module.IsObject) return null;
        var groups = Groups(module, "The baseline characteristics", isFlow: false, dropTotal: true);
        var denominator = Participants(module["denoms"]);
        var counts = new Dictionary<string, RecordNode>(StringComparer.Ordinal);
        foreach (var denom in module["denoms"].Items)
        {
            foreach (var count in denom["counts"].Items)
            {
                // The total column is not a group of its own; anything else must be a listed group.
                if (count["groupId"].Text is { } total && !groups.ById.ContainsKey(total) && IsTotalId(module, total)) continue;
                if (groups.Find(count["groupId"], this) is null) continue;
                if (denominator is { } d && denom.Pointer == d.Pointer && count["groupId"].Text is { } id) counts.TryAdd(id, count);
            }
        }
        var result = ImmutableArray.CreateBuilder<BaselineGroup>();
        foreach (var (id, (arm, definition)) in groups.ById)
        {
            var f = new FieldMap();
            f.Read("arm", definition["title"]);
            RecordNode? count = counts.TryGetValue(id, out var c) ? c : null;
            if (count is { } value) f.Read("n", value["value"]);
            result.Add(new BaselineGroup
            {
                Arm = arm,
                N = count is { } n ? WholeNumber(n["value"]) : null,
                Pointer = count?.Pointer ?? definition.Pointer,
                FieldPointers = f.Present,
            });
        }
        var characteristics = MapBaselineCharacteristics(module, groups);
        var bf = new FieldMap();
        bf.Read("statement", module["populationDescription"]);
        if (result.Count > 0) bf.Set("groups", module["groups"].Pointer);
        if (characteristics.Length > 0) bf.Set("characteristics", module["measures"].Pointer);
        return new Baseline
        {
            Groups = result.ToImmutable(),
            Characteristics = characteristics,
            Statement = module["populationDescription"].Text,
            Pointer = module.Pointer,
            FieldPointers = bf.Present,
        };
    }

    /// <summary>How a measure summarises its characteristic.</summary>
    private enum BaselineStatistic
    {
        Count,
        Mean,
        Median,
        Other,
    }

    /// <summary>
    /// The measures of the baseline table. A count whose rows (ClinicalTrials.gov "classes") hold one value each
    /// (countries, races and ethnicities, medical conditions) becomes one characteristic whose categories are not
    /// added up (<c>exclusive: false</c>), since records mix there categories a participant can be in several of.
    /// The categories within one row are mutually exclusive (ClinicalTrials.gov asks for them to be); a measure with
    /// several rows of several categories, or a mean or median given per row (per stage, per subgroup), becomes one
    /// characteristic per row. A row's own denominator is the values' n_with_data.
    /// </summary>
    private ImmutableArray<BaselineCharacteristic> MapBaselineCharacteristics(RecordNode module, ModuleGroups groups)
    {
        var characteristics = ImmutableArray.CreateBuilder<BaselineCharacteristic>();
        foreach (var measure in module["measures"].Items)
        {
            if (!measure.IsObject) continue;
            string? param = measure["paramType"].Text?.ToUpperInvariant();
            string? unit = measure["unitOfMeasure"].Text;
            var statistic = param switch
            {
                "COUNT_OF_PARTICIPANTS" => BaselineStatistic.Count,
                "COUNT_OF_UNITS" => BaselineStatistic.Count,
                "NUMBER" when unit is not null && ParticipantsUnit().IsMatch(unit) => BaselineStatistic.Count,
                "MEAN" => BaselineStatistic.Mean,
                "MEDIAN" => BaselineStatistic.Median,
                _ => BaselineStatistic.Other,
            };
            // Counts of units (eyes, lesions) are named by what they count, so they are not taken for participants.
            var unitNode = param == "COUNT_OF_UNITS" && measure["denomUnitsSelected"].Exists ? measure["denomUnitsSelected"] : measure["unitOfMeasure"];
            string? dispersion = measure["dispersionType"].Text?.ToUpperInvariant();
            var classes = measure["classes"].Items.Where(c => c.IsObject).ToList();
            if (classes.Count == 0) continue;

            BaselineCharacteristic Characteristic(RecordNode at, string? name, RecordNode nameNode, ImmutableArray<BaselineValue> values,
                ImmutableArray<BaselineCategory> categories, bool? exclusive, RecordNode listNode)
            {
                var f = new FieldMap();
                if (nameNode.Exists) f.Set("name", nameNode.Pointer);
                f.Read("unit", unitNode);
                if (exclusive is not null) f.Set("exclusive", listNode.Pointer);
                if (values.Length > 0) f.Set("values", listNode.Pointer);
                if (categories.Length > 0) f.Set("categories", listNode.Pointer);
                return new BaselineCharacteristic
                {
                    Name = name,
                    Unit = unitNode.Text,
                    Exclusive = exclusive,
                    Values = values,
                    Categories = categories,
                    Pointer = at.Pointer,
                    FieldPointers = f.Present,
                };
            }

            string? title = measure["title"].Text;
            if (statistic == BaselineStatistic.Count && classes.Count > 1 && classes.All(c => c["categories"].Count <= 1))
            {
                // Rows of one value each: categories that may overlap.
                var categories = ImmutableArray.CreateBuilder<BaselineCategory>();
                foreach (var row in classes)
                {
                    var category = row["categories"].Items.FirstOrDefault();
                    string? name = JoinTitles(row["title"].Text, category["title"].Text);
                    categories.Add(BaselineCategoryOf(name, row["title"].Exists ? row["title"] : category["title"], category, row, statistic, dispersion, module, groups));
                }
                characteristics.Add(Characteristic(measure, title, measure["title"], [], categories.ToImmutable(), false, measure["classes"]));
                continue;
            }
            foreach (var row in classes)
            {
                string? name = JoinTitles(title, row["title"].Text);
                var nameNode = measure["title"].Exists ? measure["title"] : row["title"];
                var rowCategories = row["categories"].Items.Where(c => c.IsObject).ToList();
                var at = classes.Count == 1 ? measure : row;
                if (rowCategories.Count == 1)
                {
                    var values = BaselineValues(rowCategories[0], row, statistic, dispersion, module, groups);
                    characteristics.Add(Characteristic(at, name, nameNode, values, [], null, rowCategories[0]["measurements"]));
                }
                else if (rowCategories.Count > 1)
                {
                    var categories = rowCategories.Select(c => BaselineCategoryOf(c["title"].Text, c["title"], c, row, statistic, dispersion, module, groups)).ToImmutableArray();
                    characteristics.Add(Characteristic(at, name, nameNode, [], categories, null, row["categories"]));
                }
            }
        }
        return characteristics.ToImmutable();
    }

    private BaselineCategory BaselineCategoryOf(string? name, RecordNode nameNode, RecordNode category, RecordNode row, BaselineStatistic statistic,
        string? dispersion, RecordNode module, ModuleGroups groups)
    {
        var values = BaselineValues(category, row, statistic, dispersion, module, groups);
        var f = new FieldMap();
        if (nameNode.Exists) f.Set("name", nameNode.Pointer);
        if (values.Length > 0) f.Set("values", category["measurements"].Pointer);
        return new BaselineCategory { Name = name, Values = values, Pointer = category.Exists ? category.Pointer : row.Pointer, FieldPointers = f.Present };
    }

    /// <summary>The values of one category per group, with the row's own denominator as n_with_data.</summary>
    private ImmutableArray<BaselineValue> BaselineValues(RecordNode category, RecordNode row, BaselineStatistic statistic, string? dispersion,
        RecordNode module, ModuleGroups groups)
    {
        var denominators = new Dictionary<string, RecordNode>(StringComparer.Ordinal);
        if (Participants(row["denoms"]) is { } denom)
        {
            foreach (var count in denom["counts"].Items)
                if (count["groupId"].Text is { } id) denominators.TryAdd(id, count["value"]);
        }
        var values = ImmutableArray.CreateBuilder<BaselineValue>();
        foreach (var measurement in category["measurements"].Items)
        {
            if (measurement["groupId"].Text is { } total && !groups.ById.ContainsKey(total) && IsTotalId(module, total)) continue;
            if (groups.Find(measurement["groupId"], this) is not { } group) continue;
            var f = new FieldMap();
            f.Set("arm", measurement["groupId"].Pointer);
            var value = measurement["value"];
            double? number = Decimal(value);
            long? count = statistic == BaselineStatistic.Count ? WholeNumber(value) : null;
            double? spread = Decimal(measurement["spread"]);
            double? lower = Decimal(measurement["lowerLimit"]);
            double? upper = Decimal(measurement["upperLimit"]);
            bool sd = dispersion == "STANDARD_DEVIATION" && spread is not null;
            bool quartiles = dispersion == "INTER_QUARTILE_RANGE" && (lower is not null || upper is not null);
            bool range = dispersion == "FULL_RANGE" && (lower is not null || upper is not null);
            string? main = statistic switch
            {
                BaselineStatistic.Count => count is null ? null : "n",
                BaselineStatistic.Mean => number is null ? null : "mean",
                BaselineStatistic.Median => number is null ? null : "median",
                _ => number is null ? null : "value",
            };
            if (main is null) continue;
            f.Read(main, value);
            if (statistic != BaselineStatistic.Count)
            {
                if (sd) f.Read("sd", measurement["spread"]);
                if (quartiles)
                {
                    f.Read("q1", measurement["lowerLimit"]);
                    f.Read("q3", measurement["upperLimit"]);
                }
                if (range)
                {
                    f.Read("min", measurement["lowerLimit"]);
                    f.Read("max", measurement["upperLimit"]);
                }
            }
            long? withData = measurement["groupId"].Text is { } gid && denominators.TryGetValue(gid, out var d) ? WholeNumber(d) : null;
            if (withData is not null) f.Read("n_with_data", denominators[measurement["groupId"].Text!]);
            bool measured = statistic != BaselineStatistic.Count;
            values.Add(new BaselineValue
            {
                Arm = group.Arm,
                N = count,
                Mean = statistic == BaselineStatistic.Mean ? number : null,
                Median = statistic == BaselineStatistic.Median ? number : null,
                Value = statistic == BaselineStatistic.Other ? number : null,
                Sd = measured && sd ? spread : null,
                Q1 = measured && quartiles ? lower : null,
                Q3 = measured && quartiles ? upper : null,
                Min = measured && range ? lower : null,
                Max = measured && range ? upper : null,
                NWithData = withData,
                Pointer = measurement.Pointer,
                FieldPointers = f.Present,
            });
        }
        return values.ToImmutable();
    }

    /// <summary>"Sex: Female, Male" and a row title joined as "Sex: Female, Male (Phase 1)"; either alone when the other is absent.</summary>
    private static string? JoinTitles(string? outer, string? inner) =>
        outer is null ? inner : inner is null ? outer : $"{outer} ({inner})";

    /// <summary>
    /// A whole number as the record writes it, also with thousands separators ("1,553"). Only the baseline is read
    /// this way here; the flow and outcome parts of the mapper read <see cref="RecordNode.Integer"/>.
    /// </summary>
    private static long? WholeNumber(RecordNode node) =>
        node.Integer ?? (node.Text is { } text && Thousands().IsMatch(text)
            && long.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? n : null);

    /// <summary>A number as the record writes it, also with thousands separators ("1,553.5").</summary>
    private static double? Decimal(RecordNode node) =>
        node.Number ?? (node.Text is { } text && Thousands().IsMatch(text)
            && double.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : null);

    private static bool IsTotalId(RecordNode module, string groupId)
    {
        var definitions = module["groups"].Items.ToList();
        return definitions.Count > 1 && definitions[^1]["id"].Text == groupId && IsTotal(definitions[^1]);
    }

    [GeneratedRegex(@"^-?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$")]
    private static partial Regex Thousands();

    [GeneratedRegex(@"^(?:(?:number|count)\s+of\s+)?(?:participants?|patients?|subjects?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ParticipantsUnit();
}
