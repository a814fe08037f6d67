using TrialLint.Engine;
using TrialLint.Model;
using TrialLint.Registry;
using TrialLint.Rules;
using TrialLint.Tests.Infrastructure;

namespace TrialLint.Tests.Registry;

/// <summary>
/// "Is this the same trial?" has one answer (<see cref="RegistrationIds"/>), used by the C# cross-checks (TL0606-TL0612),
/// the YAML ones (TL0610, TL0611, through <c>same_trial</c>) and the choice of the record a report is checked against.
/// </summary>
public sealed class SameTrialTests
{
    [Theory]
    [InlineData("NCT01363401", "NCT01363401")]
    [InlineData(" nct01363401 ", "NCT01363401")]
    [InlineData("NCT 01363401", "NCT01363401")]
    [InlineData("ISRCTN 12345678", "ISRCTN12345678")]
    [InlineData("ISRCTN: 12345678", "ISRCTN12345678")]
    [InlineData("EudraCT 2011-001234-56", "2011-001234-56")]
    [InlineData("EudraCT number: 2011-001234-56", "2011-001234-56")]
    [InlineData("EUCTR2011-001234-56-GB", "2011-001234-56")]
    [InlineData("2011-001234-56", "2011-001234-56")]
    [InlineData("JPRN-UMIN000012345", "UMIN000012345")]
    [InlineData("CTRI/2021/05/033456", "CTRI/2021/05/033456")]
    [InlineData("https://clinicaltrials.gov/study/NCT01363401", "NCT01363401")]
    [InlineData("NCT01363401; EudraCT 2011-001234-56", "NCT01363401 2011-001234-56")]
    [InlineData("NCT01363401, ISRCTN12345678", "NCT01363401 ISRCTN12345678")]
    [InlineData("NCT0136340", "NCT0136340")]
    [InlineData("NCT013634011", "NCT013634011")]
    [InlineData("", "")]
    [InlineData(" ; ", "")]
    public void Registration_numbers_are_read_as_registries_mean_them(string written, string expected)
    {
        Assert.Equal(expected, string.Join(" ", RegistrationIds.Parse(written)));
    }

    [Theory]
    [InlineData("NCT01363401", "nct 01363401", true)]
    [InlineData("NCT01363401; EudraCT 2011-001234-56", "NCT01363401", true)]
    [InlineData("EudraCT 2011-001234-56", "EUCTR2011-001234-56-DE", true)]
    [InlineData("UMIN000012345", "JPRN-UMIN000012345", true)]
    [InlineData("NCT01363401", "NCT01363402", false)]
    [InlineData("NCT0136340", "NCT01363401", false)]
    [InlineData("ISRCTN12345678", "NCT12345678", false)]
    [InlineData(null, "NCT01363401", false)]
    [InlineData("NCT01363401", null, false)]
    public void Two_numbers_are_the_same_trial_when_they_share_a_registration(string? a, string? b, bool same)
    {
        Assert.Equal(same, RegistrationIds.Same(a, b));
        Assert.Equal(same, RegistrationIds.Same(b, a));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("  ", true)]
    [InlineData("NCT09000002", true)]
    [InlineData("nct 09000002", true)]
    [InlineData("NCT09000002; EudraCT 2011-001234-56", true)]
    [InlineData("NCT09000003", false)]
    public void A_report_without_a_number_or_sharing_one_is_checked_against_the_record(string? id, bool same)
    {
        var record = Registered();
        var report = new TrialReport { Registration = id is null ? null : new Registration { Id = id } };

        Assert.Equal(same, RegistrationIds.SameTrial(report, record));
        Assert.Equal(same, RuleFunctions.SameTrial(report, record));
    }

    // The report enrolled 72; the record registered an actual enrolment of 64 (TL0610, a YAML rule). Before one function,
    // the YAML rules compared the number as written and the C# ones after trimming, so "nct 09000002" was another
    // trial for TL0606 and the same one for nothing, and a report registered twice was another trial for both.
    [Theory]
    [InlineData("NCT09000002", "TL0610")]
    [InlineData("nct 09000002", "TL0610")]
    [InlineData("NCT09000002; EudraCT 2011-001234-56", "TL0610")]
    [InlineData("NCT09000003", "TL0606")]
    public void The_yaml_and_csharp_cross_checks_agree_on_which_record_is_the_trial(string id, string expected)
    {
        var findings = LintAgainstRecord(id, [Registered()]);

        Assert.Equal([expected], findings.Where(CrossCheckOfIdsOrNumbers));
    }

    [Fact]
    public void Of_several_registrations_the_report_is_checked_against_the_one_sharing_its_number()
    {
        var other = new TrialReport { Registration = new Registration { Id = "NCT09999999" } };

        Assert.Equal(["TL0610"], LintAgainstRecord("EudraCT 2011-001234-56; nct 09000002", [other, Registered()]).Where(CrossCheckOfIdsOrNumbers));
    }

    // The report has no outcomes or arms: the outcome and arm cross-checks (TL0607, TL0612) are not what is tested.
    private static bool CrossCheckOfIdsOrNumbers(string id) => id is "TL0606" or "TL0610" or "TL0611";

    private static TrialReport Registered() =>
        RegistrationFile.Load(RepoPaths.Combine("tests", "rules", "_registry", "als-registered.json")).Studies.Single();

    private static List<string> LintAgainstRecord(string id, TrialReport[] registrations)
    {
        string report = $"""
            format_version: 1
            title: "A randomised trial (illustrative example)"
            registration:
              id: "{id}"
            design:
              randomised: true
              type: parallel
            flow:
              enrolled: 72
            """;
        var engine = new LintEngine(RuleSet.BuiltIn, new LintOptions { Registry = new RegistryOptions { AsOf = RegistryRecords.AsOf, Registrations = [.. registrations] } });
        return [.. engine.LintText("test.trial.yaml", report).Diagnostics.Select(d => d.Id)];
    }
}
