using Microsoft.AspNetCore.Components;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Map;

namespace SalesOps.Web.Features.Moves;

/// <summary>
/// The what-if editor beside the next moves. The state is the session's (plain C#, tested there); this
/// panel only gathers the inputs, hands them over, and says what happened in the page's notice.
/// </summary>
public sealed partial class SketchPanel
{
    private string _from = "", _to = "", _person = "", _name = "";
    private int _strength = 3;
    private Stance _stance = Stance.Neutral;
    private IReadOnlyList<SavedSketch>? _saved;
    private string? _deleting;

    [Parameter, EditorRequired] public MapSession Session { get; set; } = null!;

    /// <summary>Something changed: the page redraws (the map, the banner, the address).</summary>
    [Parameter] public EventCallback Changed { get; set; }

    private IEnumerable<Node> Ours => Session.Map.OfKind(NodeKind.Counterpart).OrderBy(n => n.Name, StringComparer.CurrentCulture);

    private IEnumerable<Node> People => Session.Map.OfKind(NodeKind.Person).OrderBy(n => n.Name, StringComparer.CurrentCulture);

    protected override async Task OnInitializedAsync()
    {
        _name = Session.SketchName ?? "";
        await LoadSavedAsync();
    }

    private Task AddTalk() => Do(() =>
    {
        if (Session.Assume(new SketchTalk(_from, _to, _strength))) (_from, _to) = ("", "");
        return Task.CompletedTask;
    });

    private Task AddStance() => Do(() =>
    {
        if (Session.Assume(new SketchStance(_person, _stance))) _person = "";
        return Task.CompletedTask;
    });

    private Task Start() => Do(() =>
    {
        Session.StartSketch();
        return Task.CompletedTask;
    });

    private Task Forget(SketchTalk talk) => Do(() =>
    {
        Session.Forget(talk);
        return Task.CompletedTask;
    });

    private Task Forget(SketchStance change) => Do(() =>
    {
        Session.Forget(change);
        return Task.CompletedTask;
    });

    private Task Leave() => Do(() =>
    {
        Session.LeaveSketch();
        return Task.CompletedTask;
    });

    private Task PlanAsync() => Do(() => Session.PlanSketchAsync(default));

    private Task OpenAsync(string name) => Do(() => Session.OpenSketchAsync(name, default));

    private async Task SaveAsync()
    {
        await Do(() => Session.SaveSketchAsync(_name, default));
        await LoadSavedAsync();
    }

    private async Task DeleteAsync(string name)
    {
        _deleting = null;
        await Do(() => Session.DeleteSketchAsync(name, default));
        await LoadSavedAsync();
    }

    /// <summary>Runs a gesture; a refusal (a rule, a door) becomes the page's notice, as every map gesture's does.</summary>
    private async Task Do(Func<Task> action)
    {
        try
        {
            await action();
            if (Session.SketchName is { } name) _name = name;
        }
        catch (GraphException ex) { Session.Notice = new(ex.Message, IsError: true); }
        await Changed.InvokeAsync();
    }

    private async Task LoadSavedAsync()
    {
        try { _saved = await Session.SavedSketchesAsync(default); }
        catch (GraphException ex) { (_saved, Session.Notice) = ([], new(ex.Message, IsError: true)); }
    }
}
