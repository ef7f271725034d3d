using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>Personal access tokens and one-time links: kept by hash, and a link is used once only.</summary>
public abstract partial class AccessContract
{
    private static AccessToken Token(string id, string hash, DateTimeOffset created) => new()
    {
        Id = id, UserId = "u-maria", Name = $"CRM sync {id}", Hash = hash, Scope = TokenScope.Write,
        CreatedAt = created, ExpiresAt = created.AddDays(90),
    };

    private static OneTimeLink Link(string hash, DateTimeOffset expires) =>
        new() { Hash = hash, UserId = "u-maria", Purpose = LinkPurpose.Invitation, ExpiresAt = expires };

    [StoreFact]
    public async Task A_token_reads_back_by_its_hash_field_for_field()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        var token = Token("t-1", "9f86d081884c7d65", Now) with { Scope = TokenScope.Read, LastUsedAt = Now.AddHours(1) };

        await access.SaveTokenAsync(token, default);

        var read = (await access.TokenByHashAsync("9f86d081884c7d65", default)).ShouldNotBeNull();
        read.ShouldBe(token);
        read.LastUsedAt!.Value.UtcTicks.ShouldBe(Now.AddHours(1).UtcTicks);
        (await access.TokenByHashAsync("0000", default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_users_tokens_are_listed_newest_first_revoked_and_expired_ones_too()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveUserAsync(Plain("u-luis", "luis@example.com", "Luis"), default);
        var old = Token("t-old", "h-old", Now.AddDays(-200)); // expired long ago
        var revoked = Token("t-revoked", "h-revoked", Now.AddDays(-1));
        await access.SaveTokenAsync(Token("t-new", "h-new", Now), default);
        await access.SaveTokenAsync(old, default);
        await access.SaveTokenAsync(revoked, default);
        await access.SaveTokenAsync(Token("t-luis", "h-luis", Now) with { UserId = "u-luis" }, default);

        await access.SaveTokenAsync(revoked with { RevokedAt = Now, LastUsedAt = Now.AddMinutes(-5) }, default);

        var tokens = await access.TokensAsync("u-maria", default);
        tokens.Select(t => t.Id).ShouldBe(["t-new", "t-revoked", "t-old"]);
        tokens[1].ShouldBe(revoked with { RevokedAt = Now, LastUsedAt = Now.AddMinutes(-5) });
        (await access.TokensAsync("u-luis", default)).ShouldHaveSingleItem().Id.ShouldBe("t-luis");
    }

    [StoreFact]
    public async Task A_hash_another_token_has_or_the_id_of_another_users_token_is_a_conflict_and_changes_nothing()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveUserAsync(Plain("u-luis", "luis@example.com", "Luis"), default);
        await access.SaveTokenAsync(Token("t-1", "h-1", Now), default);

        var sameHash = await Should.ThrowAsync<GraphException>(() => access.SaveTokenAsync(Token("t-2", "h-1", Now), default));
        var takenId = await Should.ThrowAsync<GraphException>(() => access.SaveTokenAsync(Token("t-1", "h-2", Now) with { UserId = "u-luis" }, default));

        (sameHash.Error, takenId.Error).ShouldBe((GraphError.Conflict, GraphError.Conflict));
        (await access.TokensAsync("u-maria", default)).ShouldBe([Token("t-1", "h-1", Now)]);
        (await access.TokensAsync("u-luis", default)).ShouldBeEmpty();
    }

    [StoreFact]
    public async Task A_link_hash_another_user_has_is_a_conflict_and_the_link_stays_theirs()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveUserAsync(Plain("u-luis", "luis@example.com", "Luis"), default);
        await access.SaveLinkAsync(Link("l-1", Now.AddDays(1)), default);

        var error = await Should.ThrowAsync<GraphException>(() => access.SaveLinkAsync(Link("l-1", Now.AddDays(2)) with { UserId = "u-luis" }, default));

        error.Error.ShouldBe(GraphError.Conflict);
        (await access.UseLinkAsync("l-1", Now, default)).ShouldBe(Link("l-1", Now.AddDays(1)) with { UsedAt = Now });
    }

    [StoreFact]
    public async Task A_token_or_a_link_for_an_unknown_user_is_not_found()
    {
        var (_, access) = await StoresAsync();

        var token = await Should.ThrowAsync<GraphException>(() => access.SaveTokenAsync(Token("t-1", "h-1", Now), default));
        var link = await Should.ThrowAsync<GraphException>(() => access.SaveLinkAsync(Link("l-1", Now.AddDays(1)), default));

        (token.Error, link.Error).ShouldBe((GraphError.NotFound, GraphError.NotFound));
        token.Message.ShouldContain("u-maria");
        (await access.TokenByHashAsync("h-1", default)).ShouldBeNull();
        (await access.UseLinkAsync("l-1", Now, default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task A_link_is_used_once_only()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveLinkAsync(Link("l-invite", Now.AddDays(7)) with { Purpose = LinkPurpose.PasswordReset }, default);

        var first = await access.UseLinkAsync("l-invite", Now, default);
        var second = await access.UseLinkAsync("l-invite", Now.AddMinutes(1), default);

        first.ShouldBe(Link("l-invite", Now.AddDays(7)) with { Purpose = LinkPurpose.PasswordReset, UsedAt = Now });
        first!.UsedAt!.Value.UtcTicks.ShouldBe(Now.UtcTicks);
        second.ShouldBeNull();
        (await access.UseLinkAsync("l-unknown", Now, default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task An_expired_link_is_refused_and_left_as_it_was()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveLinkAsync(Link("l-reset", Now), default);

        var atExpiry = await access.UseLinkAsync("l-reset", Now, default);
        var after = await access.UseLinkAsync("l-reset", Now.AddTicks(1), default);
        var before = await access.UseLinkAsync("l-reset", Now.AddTicks(-1), default); // the refusals used nothing

        atExpiry.ShouldBeNull();
        after.ShouldBeNull();
        before.ShouldNotBeNull().UsedAt.ShouldBe(Now.AddTicks(-1));
    }

    [StoreFact]
    public async Task Of_many_uses_of_one_link_at_the_same_time_exactly_one_wins()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        var hashes = Enumerable.Range(0, 4).Select(i => $"l-race-{i}").ToList();
        foreach (var hash in hashes) await access.SaveLinkAsync(Link(hash, Now.AddDays(1)), default);
        var start = new TaskCompletionSource();

        // Eight uses per link, on pool threads, released together: each link sees several uses in flight.
        var uses = hashes.SelectMany(hash => Enumerable.Range(0, 8).Select(i => (Hash: hash, Use: Task.Run(async () =>
        {
            await start.Task;
            return await access.UseLinkAsync(hash, Now.AddSeconds(i), default);
        })))).ToList();
        start.SetResult();
        await Task.WhenAll(uses.Select(u => u.Use));

        foreach (var group in uses.GroupBy(u => u.Hash))
            group.Count(u => u.Use.Result is not null).ShouldBe(1, $"{group.Key} was used by {group.Count(u => u.Use.Result is not null)} of 8 at once");
    }
}
