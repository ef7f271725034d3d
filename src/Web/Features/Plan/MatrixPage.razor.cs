using Mediator;
using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Plan;

public sealed partial class MatrixPage : Features.AccountPage
{
    private AccountMap? _map;
    private ContactMatrix? _matrix;
    private LastMet? _met;
    private IReadOnlyList<NextMove> _moves = [];
    private (string, string)? _editing;
    private string? _error, _notice, _function, _memberTitle;
    private MatrixShow _show;
    private IReadOnlyList<MatrixColumn> _shown = [];
    private readonly Dictionary<PeerFit, (string Class, string Title)> _fits = [];

    /// <summary>Stands for "people without a function" in the function filter, which no function's name can be.</summary>
    private const string NoFunction = "\u0000none";

    /// <summary>The function whose columns are shown; empty for all.</summary>
    private string Function
    {
        get => _function ?? "";
        set { _function = string.IsNullOrEmpty(value) ? null : value; Narrow(); }
    }

    private MatrixShow Show
    {
        get => _show;
        set { _show = value; Narrow(); }
    }

    protected override async Task LoadAsync()
    {
        try { (_map, _matrix, _met, _moves) = await Mediator.Send(new GetContactMatrix(AccountId)); }
        catch (GraphException ex) { _error = ex.Message; }
        _memberTitle = L["Matrix.Member"];
        Narrow();
    }

    // The columns a screen shows first, drawn at once; the rest follow in the next render (the box scrolls sideways
    // anyway), so 500 people open as fast as 60 and fill in a moment later.
    private const int FirstColumns = 60;
    private int _drawn = FirstColumns;

    private IReadOnlyList<MatrixColumn> Drawn => _drawn >= _shown.Count ? _shown : [.. _shown.Take(_drawn)];

    protected override void OnAfterRender(bool firstRender)
    {
        base.OnAfterRender(firstRender);
        if (firstRender || !Interactive || _drawn >= _shown.Count) return;
        _drawn = _shown.Count;
        StateHasChanged();
    }

    private void Narrow()
    {
        _markup.Clear();
        _drawn = FirstColumns;
        _shown = _matrix is null ? [] : _matrix.Shown(_function == NoFunction ? null : _function, _function == NoFunction, _show);
    }

    // Four fits, thousands of cells: each fit's words are looked up once.
    private string FitClass(PeerFit fit) => Fit(fit).Class;

    private string FitTitle(PeerFit fit) => Fit(fit).Title;

    private (string Class, string Title) Fit(PeerFit fit)
    {
        if (!_fits.TryGetValue(fit, out var words))
            _fits[fit] = words = (fit.ToString().ToLowerInvariant(), L["Matrix.FitTitle", L[$"Matrix.Fit.{fit}"]]);
        return words;
    }

    /// <summary>The suggested next move for this pair, numbered as the list below the matrix numbers it (1 the best).</summary>
    private (int Number, NextMove Move)? MoveAt(string counterpart, string person)
    {
        if (_moves.Count == 0) return null;
        for (var i = 0; i < _moves.Count; i++)
            if (_moves[i].From == counterpart && _moves[i].To == person) return (i + 1, _moves[i]);
        return null;
    }

    /// <summary>What a screen reader hears for a cell: the pair, the relationship, and the suggested move the star marks.</summary>
    private string CellLabel(Node ours, Node theirs, Edge? edge, (int Number, NextMove Move)? move) =>
        (edge is null ? L["Matrix.Cell.None", ours.Name, theirs.Name] : L["Matrix.Cell.Edge", ours.Name, theirs.Name, Strength(edge), L.Word(edge.Status)]).Value
        + (move is { } m ? "; " + L["Matrix.Move.Aria", m.Number, m.Move.Explanation] : "");

    private static string FitSymbol(PeerFit fit) => fit switch { PeerFit.Peer => "=", PeerFit.Acceptable => "≈", PeerFit.Mismatch => "≠", _ => "?" };

    private static string Strength(Edge edge) => edge.Strength is { } s ? Formats.Strength(s) : "";

    /// <summary>Why there is nothing to suggest: the map lacks its basis, every member has a peer, or some cannot be matched.</summary>
    private string NoSuggestions()
    {
        if (MapBasis.Missing(_map!).Count > 0) return L["Matrix.NoSuggestionsYet"];
        return _matrix!.WithoutPeer.Count == 0
            ? L["Matrix.AllPeered"]
            : L["Matrix.NoSuggestionFor", string.Join(", ", _matrix.WithoutPeer.Select(p => p.Name))];
    }

    // Through the plan's own command, which knows today: a last contact may not lie in the future.
    private Task SaveAsync(string counterpart, string person, Edge? edge, EdgePatch fields) => RunAsync(async () =>
    {
        await Mediator.Send(new SaveRelationship(AccountId, counterpart, person, edge?.Id, edge is null ? fields : fields with { BaseVersion = edge.Version }));
        _notice = L["Matrix.Saved", Name(counterpart), Name(person)];
    });

    private Task EndAsync(Edge edge) => RunAsync(async () =>
    {
        await Mediator.Send(new DisconnectEdge(AccountId, edge.Id, edge.Version));
        _notice = L["Matrix.Ended", Name(edge.From), Name(edge.To)];
    });

    private Task PlanAsync(Suggestion s) => RunAsync(async () =>
    {
        await Mediator.Send(new SaveRelationship(AccountId, s.CounterpartId, s.PersonId, null, new EdgePatch { Strength = 1, Status = RelationshipStatus.Planned, CadenceDays = 30, Goal = L["Matrix.PlannedGoal"] }));
        _notice = L["Matrix.Planned", Name(s.CounterpartId), Name(s.PersonId)];
    });

    private async Task RunAsync(Func<Task> action)
    {
        try
        {
            await action();
            (_editing, _error) = (null, null);
        }
        catch (GraphException ex) { _error = ex.Message; }
        await LoadAsync();
    }

    private string Name(string id) => _map?.Find(id)?.Name ?? id;

}
