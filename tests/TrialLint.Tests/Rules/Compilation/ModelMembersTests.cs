using TrialLint.Model;

namespace TrialLint.Tests.Rules.Compilation;

public sealed class ModelMembersTests
{
    [Fact]
    public void Every_model_type_is_listed_so_its_properties_survive_native_aot_trimming()
    {
        var modelTypes = typeof(ModelObject).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ModelObject)) && !t.IsAbstract);

        Assert.Empty(modelTypes.Except(ModelMembers.Types).Select(t => t.Name));
    }

    [Fact]
    public void Members_are_read_by_snake_case_name_without_the_pointer_bookkeeping()
    {
        var members = ModelMembers.Of(typeof(OutcomeResult));

        Assert.Contains("n_analysed", members.Keys);
        Assert.DoesNotContain("pointer", members.Keys);
        Assert.DoesNotContain("field_pointers", members.Keys);
    }
}
