namespace SalesOps.Graph.Model;

/// <summary>Decides account creation and edits; plain functions of the input and the current account.</summary>
public static class AccountRules
{
    /// <summary>A new account; with <paramref name="asOf"/> its starting position opens the history.</summary>
    public static Account Create(AccountDraft draft, string? id = null, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Check.Id(id);
        var account = new Account { Id = id ?? Ids.New("acc"), Name = Check.Name(draft.Name) };
        account = Validate(Apply(account, draft));
        return asOf is { } day ? account with { History = [new PositionChange(day, account.Position, account.ShareOfWallet)] } : account;
    }

    public static IReadOnlyList<MapOp> Update(AccountMap map, AccountPatch patch)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(patch);
        Check.NotStale(map.Account.Version, patch.BaseVersion, Errors.Say("Check.Stale.Account", map.Account.Name), map.Account);
        var before = map.Account;
        var after = Validate(Apply(before, patch));
        // Position and share of wallet keep their history: a dated entry whenever either changes.
        if (patch.AsOf is { } day && (after.Position != before.Position || after.ShareOfWallet != before.ShareOfWallet || before.History.Count == 0))
            after = after with
            {
                History = [.. before.History.Where(h => h.Date != day), new PositionChange(day, after.Position, after.ShareOfWallet)],
            };
        after = after with { History = [.. after.History.OrderBy(h => h.Date)] };
        Limits.HistoryEntries(after.History.Count);
        return [new PutAccount(after)];
    }

    /// <summary>
    /// A history as it was kept elsewhere (an import): every entry a defined position with a share of
    /// 0–100, one entry per day, oldest first — the shape <see cref="Update"/> keeps. Refused, not repaired.
    /// </summary>
    public static IReadOnlyList<PositionChange> History(IReadOnlyList<PositionChange> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        Limits.HistoryEntries(history.Count);
        for (var i = 0; i < history.Count; i++)
        {
            var h = history[i] ?? throw GraphException.Invalid(Errors.Say("Account.HistoryEmpty", i + 1), $"history[{i}]");
            if (!Enum.IsDefined(h.Position))
                throw GraphException.Invalid(Errors.Say("Account.HistoryPosition", h.Position, i + 1), $"history[{i}].position");
            Check.Range(h.ShareOfWallet, 0, 100, $"history[{i}].shareOfWallet", () => Errors.Say("Field.ShareOfWallet"));
            if (i > 0 && history[i - 1] is { } previous && h.Date <= previous.Date)
                throw GraphException.Invalid(Errors.Say("Account.HistoryOrder", h.Date, previous.Date), $"history[{i}].date");
        }
        return [.. history];
    }

    private static Account Apply(Account a, AccountFields p) => a with
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
        Check.Range(a.ShareOfWallet, 0, 100, "shareOfWallet", () => Errors.Say("Field.ShareOfWallet"));
        if (a.PotentialAmount is < 0)
            throw GraphException.Invalid(Errors.Say("Account.NegativePotential"), "potentialAmount");
        if (a.PotentialCurrency is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
            throw GraphException.Invalid(Errors.Say("Account.Currency", c), "potentialCurrency");
        return a;
    }
}
