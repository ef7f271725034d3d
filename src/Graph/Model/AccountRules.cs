namespace SalesOps.Graph.Model;

/// <summary>Decides account creation and edits; plain functions of the input and the current account.</summary>
public static class AccountRules
{
    public static Account Create(AccountDraft draft, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Check.Id(id);
        var account = new Account { Id = id ?? Ids.New("acc"), Name = Check.Name(draft.Name) };
        return Validate(Apply(account, new AccountPatch(
            null, draft.Industry, draft.Country, draft.Position, draft.ShareOfWallet, draft.PotentialAmount,
            draft.PotentialCurrency, draft.BringsInnovations, draft.InvolvesInDevelopment, draft.ConsultsOnStrategy)));
    }

    public static IReadOnlyList<MapOp> Update(AccountMap map, AccountPatch patch)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(patch);
        Check.NotStale(map.Account.Version, patch.BaseVersion, $"The account '{map.Account.Name}'", map.Account);
        return [new PutAccount(Validate(Apply(map.Account, patch)))];
    }

    private static Account Apply(Account a, AccountPatch p) => a with
    {
        Name = p.Name is null ? a.Name : Check.Name(p.Name),
        Industry = Check.Patch(p.Industry, a.Industry, "industry", 80),
        Country = Check.Patch(p.Country, a.Country, "country", 80),
        Position = p.Position ?? a.Position,
        ShareOfWallet = p.ShareOfWallet ?? a.ShareOfWallet,
        PotentialAmount = p.PotentialAmount ?? a.PotentialAmount,
        PotentialCurrency = Check.Patch(p.PotentialCurrency, a.PotentialCurrency, "potentialCurrency", 10)?.ToUpperInvariant(),
        BringsInnovations = p.BringsInnovations ?? a.BringsInnovations,
        InvolvesInDevelopment = p.InvolvesInDevelopment ?? a.InvolvesInDevelopment,
        ConsultsOnStrategy = p.ConsultsOnStrategy ?? a.ConsultsOnStrategy,
    };

    private static Account Validate(Account a)
    {
        Check.Defined<SupplierPosition>(a.Position, "position");
        Check.Range(a.ShareOfWallet, 0, 100, "shareOfWallet", "share of wallet (%)");
        if (a.PotentialAmount is < 0)
            throw GraphException.Invalid("The purchasing potential cannot be negative.", "potentialAmount");
        if (a.PotentialCurrency is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
            throw GraphException.Invalid($"The currency must be a three-letter ISO code such as EUR (got '{c}').", "potentialCurrency");
        return a;
    }
}
