using System.Collections.Immutable;
using TrialLint.Analyzers.ParticipantFlowRules;
using TrialLint.Analyzers.RegistryRules;
using TrialLint.Analyzers.ResultsRules;

namespace TrialLint.Analyzers;

/// <summary>
/// The analyzers that ship with TrialLint, listed explicitly: no reflection, so startup stays fast and a new
/// analyzer is one line here.
/// </summary>
public static class BuiltInAnalyzers
{
    /// <summary>
    /// Creates one instance of every built-in C# analyzer, in id order. Checks a rule file can express live in
    /// rules/ instead; these are the ones that reconcile numbers across arms and periods.
    /// </summary>
    public static ImmutableArray<ReportAnalyzer> Create() =>
    [
        new TL0101AllocationNotAccountedFor(),
        new TL0102LossWithoutReason(),
        new TL0103EnrolledNotAllocated(),
        new TL0104MoreAnalysedThanAllocated(),
        new TL0105AnalysedNotReported(),
        new TL0106UnknownArm(),
        new TL0107ScreeningNotReconciled(),
        new TL0108LeftBetweenPeriods(),
        new TL0109ReasonWithoutNumber(),
        new TL0110FlowNotReported(),
        new TL0111NotAnalysedWithoutReason(),
        new TL0112BaselineDiffersFromAllocation(),
        new TL0113NoneAnalysedInArm(),
        new TL0114FlowStageNotReported(),
        new TL0407PrimaryOutcomeWithoutResultsByArm(),
        new TL0601NotCompletedWithoutReason(),
        new TL0606RegistrationOfAnotherTrial(),
        new TL0607RegisteredPrimaryOutcomeNotReported(),
        new TL0608PrimaryOutcomeNotRegistered(),
        new TL0609PrimaryTimeFrameDiffers(),
        new TL0612ArmsDifferFromRegistration(),
        new TL0701ImpossiblePercentage(),
        new TL0705OutcomeAnalysedExceedsAllocation(),
        new TL0711BaselineCountExceedsDenominator(),
        new TL0712ProseNumberDiffersFromData(),
        new TL0713ProsePercentageImpossible(),
    ];
}
