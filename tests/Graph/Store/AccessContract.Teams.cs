using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>Account teams and counterpart links: they belong to an account and go with it.</summary>
public abstract partial class AccessContract
{
    [StoreFact]
    public async Task A_member_is_put_on_a_team_given_another_role_and_taken_off()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);

        await access.SetMemberAsync(new("acc-sample", "u-maria", AccountRole.Viewer), default);
        await access.SetMemberAsync(new("acc-a", "u-maria", AccountRole.Owner), default);
        await access.SetMemberAsync(new("acc-sample", "u-luis", AccountRole.Editor), default);
        await access.SetMemberAsync(new("acc-sample", "u-maria", AccountRole.Editor), default);

        (await access.TeamAsync("acc-sample", default)).ShouldBe([new("acc-sample", "u-luis", AccountRole.Editor), new("acc-sample", "u-maria", AccountRole.Editor)]);
        (await access.MembershipsAsync("u-maria", default)).ShouldBe([new("acc-a", "u-maria", AccountRole.Owner), new("acc-sample", "u-maria", AccountRole.Editor)]);
        (await access.RemoveMemberAsync("acc-sample", "u-maria", default)).ShouldBeTrue();
        (await access.RemoveMemberAsync("acc-sample", "u-maria", default)).ShouldBeFalse();
        (await access.TeamAsync("acc-sample", default)).ShouldBe([new("acc-sample", "u-luis", AccountRole.Editor)]);
    }

    [StoreFact]
    public async Task Putting_someone_on_an_unknown_account_or_an_unknown_user_on_a_team_is_not_found()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);

        var noAccount = await Should.ThrowAsync<GraphException>(() => access.SetMemberAsync(new("acc-nope", "u-maria", AccountRole.Viewer), default));
        var noUser = await Should.ThrowAsync<GraphException>(() => access.SetMemberAsync(new("acc-sample", "u-nobody", AccountRole.Viewer), default));

        (noAccount.Error, noUser.Error).ShouldBe((GraphError.NotFound, GraphError.NotFound));
        noAccount.Message.ShouldContain("acc-nope");
        noUser.Message.ShouldContain("u-nobody");
        (await access.MembershipsAsync("u-maria", default)).ShouldBeEmpty();
        (await access.TeamAsync("acc-sample", default)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Deleting_an_account_takes_its_team_and_counterpart_links_along()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);
        await access.SetMemberAsync(new("acc-sample", "u-maria", AccountRole.Owner), default);
        await access.SetMemberAsync(new("acc-a", "u-maria", AccountRole.Viewer), default);
        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", "c-ana", default);

        await maps.DeleteAccountAsync("acc-sample", default);

        (await access.MembershipsAsync("u-maria", default)).ShouldBe([new("acc-a", "u-maria", AccountRole.Viewer)]);
        (await access.CounterpartLinksAsync("u-maria", default)).ShouldBeEmpty();
        await maps.CreateAccountAsync(Maps.Sample(), default);
        (await access.TeamAsync("acc-sample", default)).ShouldBeEmpty(); // a new account with the old id starts without a team
    }

    [StoreFact]
    public async Task A_counterpart_link_is_set_changed_and_unset()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);
        await maps.ChangeAsync("acc-sample", m => NodeRules.Add(m, new NodeDraft { Kind = NodeKind.Counterpart, Name = "Jon Ibarra", Id = "c-jon" }), default);

        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", "c-ana", default);
        var set = await access.CounterpartLinksAsync("u-maria", default);
        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", "c-jon", default);
        var changed = await access.CounterpartLinksAsync("u-maria", default);
        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", null, default);
        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", null, default); // unlinking twice is fine

        set.ShouldBe([new("acc-sample", "u-maria", "c-ana")]);
        changed.ShouldBe([new("acc-sample", "u-maria", "c-jon")]);
        (await access.CounterpartLinksAsync("u-maria", default)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Linking_to_what_is_not_a_counterpart_of_that_account_or_linking_an_unknown_user_is_not_found()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);

        GraphException[] errors =
        [
            await Should.ThrowAsync<GraphException>(() => access.SetCounterpartLinkAsync("acc-sample", "u-maria", "p-luis", default)),
            await Should.ThrowAsync<GraphException>(() => access.SetCounterpartLinkAsync("acc-a", "u-maria", "c-ana", default)),
            await Should.ThrowAsync<GraphException>(() => access.SetCounterpartLinkAsync("acc-sample", "u-nobody", "c-ana", default)),
        ];

        errors.Select(e => e.Error).ShouldAllBe(e => e == GraphError.NotFound);
        errors[0].Message.ShouldContain("p-luis");
        errors[2].Message.ShouldContain("u-nobody");
        (await access.CounterpartLinksAsync("u-maria", default)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task Deleting_the_counterpart_from_the_map_takes_its_link_along()
    {
        var (maps, access) = await StoresAsync();
        await SeedAsync(maps, access);
        await access.SetCounterpartLinkAsync("acc-sample", "u-maria", "c-ana", default);

        await maps.ChangeAsync("acc-sample", m => NodeRules.Delete(m, "c-ana", null), default);

        (await access.CounterpartLinksAsync("u-maria", default)).ShouldBeEmpty();
    }
}
