using TrialLint.Model;

namespace TrialLint.Analyzers;

/// <summary>
/// Where an analyzer registers its actions. The driver walks each report once (its arms, then the groups of each
/// flow period) and calls every analyzer's actions registered for what it meets, so adding an analyzer never adds
/// a walk. Report actions run once per report, before the walk; what they read of the report is up to them.
/// </summary>
public sealed class AnalysisContext
{
    internal List<Action<ReportAnalysisContext>> ReportActions { get; } = [];

    internal List<Action<ModelAnalysisContext<FlowGroup>>> FlowGroupActions { get; } = [];

    internal List<Action<ModelAnalysisContext<Arm>>> ArmActions { get; } = [];

    /// <summary>Registers an action run once per report.</summary>
    public void RegisterReportAction(Action<ReportAnalysisContext> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ReportActions.Add(action);
    }

    /// <summary>Registers an action run for every group of every period of the participant flow.</summary>
    public void RegisterFlowGroupAction(Action<ModelAnalysisContext<FlowGroup>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        FlowGroupActions.Add(action);
    }

    /// <summary>Registers an action run for every arm.</summary>
    public void RegisterArmAction(Action<ModelAnalysisContext<Arm>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArmActions.Add(action);
    }
}
