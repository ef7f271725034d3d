using Mediator;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;

namespace SalesOps.Web.Features.Access;

public sealed record ListMyTokens : IQuery<IReadOnlyList<AccessToken>>, IDoor
{
    public Need Need => Need.Person;
}

/// <summary>A token for the caller (or, by an Admin or the machine, for another user): the secret is in the answer only.</summary>
public sealed record CreateToken(string Name, TokenScope Scope, int Days, string? ForUserId = null) : ICommand<(AccessToken Token, string Secret)>, IDoor
{
    public Need Need => ForUserId is null ? Need.Person : Need.AtLeast(AppRole.Admin);
}

/// <summary>Ends a token at once: one's own, or anyone's for an Admin.</summary>
public sealed record RevokeToken(string TokenId) : ICommand<bool>, IDoor
{
    public Need Need => Need.Person;
}

public sealed class TokenHandlers(IAccessStore store, AccessDirectory directory, CurrentUser current, TimeProvider clock, IStringLocalizer<Text> text) :
    IQueryHandler<ListMyTokens, IReadOnlyList<AccessToken>>,
    ICommandHandler<CreateToken, (AccessToken Token, string Secret)>,
    ICommandHandler<RevokeToken, bool>
{
    public const int MaxDays = 366;

    public async ValueTask<IReadOnlyList<AccessToken>> Handle(ListMyTokens q, CancellationToken ct) =>
        await store.TokensAsync(await UserIdAsync(), ct);

    public async ValueTask<(AccessToken Token, string Secret)> Handle(CreateToken c, CancellationToken ct)
    {
        var name = c.Name?.Trim() ?? "";
        if (name.Length is 0 or > 80) throw GraphException.Invalid(text["Error.Token.Name"], "name");
        if (c.Days is < 1 or > MaxDays) throw GraphException.Invalid(text["Error.Token.Days", MaxDays, c.Days], "days");
        if (!Enum.IsDefined(c.Scope)) throw GraphException.Invalid(text["Error.Token.Scope", c.Scope], "scope");
        var userId = c.ForUserId ?? await UserIdAsync();
        if (await store.UserAsync(userId, ct) is not { Disabled: false }) throw GraphException.NotFound(text["Error.Token.NoUser", userId]);
        var secret = Secrets.New("sot_");
        var now = clock.GetUtcNow();
        var token = new AccessToken
        {
            Id = Ids.New("t"), UserId = userId, Name = name, Hash = Secrets.Hash(secret), Scope = c.Scope, CreatedAt = now, ExpiresAt = now.AddDays(c.Days),
        };
        await store.SaveTokenAsync(token, ct);
        return (token, secret);
    }

    public async ValueTask<bool> Handle(RevokeToken c, CancellationToken ct)
    {
        var caller = await current.GetAsync();
        var isAdmin = caller.Kind == CallerKind.Machine || (caller.UserId is { } id && (await directory.StandingAsync(id, ct))?.IsAdmin == true);
        var mine = await store.TokensAsync(caller.UserId ?? "", ct);
        var token = mine.FirstOrDefault(t => t.Id == c.TokenId);
        if (token is null && isAdmin)
            token = (await FindAnyAsync(c.TokenId, ct));
        if (token is null) throw GraphException.NotFound(text["Error.Token.NotYours", c.TokenId]);
        if (token.RevokedAt is not null) return false;
        await store.SaveTokenAsync(token with { RevokedAt = clock.GetUtcNow() }, ct);
        return true;
    }

    private async Task<AccessToken?> FindAnyAsync(string tokenId, CancellationToken ct)
    {
        foreach (var user in await store.UsersAsync(ct))
            if ((await store.TokensAsync(user.Id, ct)).FirstOrDefault(t => t.Id == tokenId) is { } t) return t;
        return null;
    }

    private async Task<string> UserIdAsync() =>
        (await current.GetAsync()).UserId ?? throw GraphException.SignInRequired(text["Error.Token.SignIn"]);
}
