using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Web.Features.Moves;

namespace SalesOps.Web.Features.Map;

// The what-if layer (issue #18): hypothetical relationships and stance changes over the map, which
// reach, risks and next moves then run on. Nothing of it is written unless turned into planned
// relationships (stance changes never are); saved by name, it is shared with the account team.
public sealed partial class MapSession
{
    private bool _watchingWhatIf;

    /// <summary>The what-if open over the map; null when none is.</summary>
    public Sketch? Sketch => View.WhatIf;

    /// <summary>What reach, risks and next moves run on: the map as the what-if assumes it, else the map.</summary>
    public AccountMap Current => View.Sketched ?? Map;

    /// <summary>The name the what-if was saved under or opened from; null for a new one.</summary>
    public string? SketchName { get; private set; }

    /// <summary>Changed since it was saved or opened (a new one counts as changed once it holds something).</summary>
    public bool SketchChanged { get; private set; }

    public void StartSketch()
    {
        Show(new Sketch(), name: null, changed: false);
        Notice = new(_text["WhatIf.Started"]);
    }

    /// <summary>Assumes one of ours talks with one of theirs at a strength (replacing what the what-if said of that pair); false, with the rules' words, when it could not be.</summary>
    public bool Assume(SketchTalk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var sketch = Sketch ?? new Sketch();
        if (!TryShow(sketch with { Talks = [.. sketch.Talks.Where(t => (t.From, t.To) != (talk.From, talk.To)), talk] })) return false;
        Notice = new(_text["WhatIf.Assumed.Talk", Name(talk.From), Name(talk.To), Formats.Strength(talk.Strength)]);
        return true;
    }

    /// <summary>Assumes a person's stance; their own stance takes the assumption away.</summary>
    public bool Assume(SketchStance change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var sketch = Sketch ?? new Sketch();
        var others = sketch.Stances.Where(s => s.PersonId != change.PersonId);
        var same = Map.Find(change.PersonId) is { } person && (person.Stance ?? Stance.Unknown) == change.Stance;
        if (!TryShow(sketch with { Stances = same ? [.. others] : [.. others, change] })) return false;
        Notice = new(same ? _text["WhatIf.Assumed.Own", Name(change.PersonId)] : _text["WhatIf.Assumed.Stance", Name(change.PersonId), _text[$"WhatIf.Were.{change.Stance}"]]);
        return true;
    }

    public void Forget(SketchTalk talk)
    {
        if (Sketch is { } s) Show(s with { Talks = [.. s.Talks.Where(t => t != talk)] }, SketchName, changed: true);
    }

    public void Forget(SketchStance change)
    {
        if (Sketch is { } s) Show(s with { Stances = [.. s.Stances.Where(c => c != change)] }, SketchName, changed: true);
    }

    /// <summary>Back to the map as it is; the what-if is gone unless it was saved.</summary>
    public void LeaveSketch()
    {
        var unsaved = Sketch is { } s && SketchChanged && s.Talks.Count + s.Stances.Count > 0;
        Show(null, name: null, changed: false);
        View.Highlight(null);
        Notice = new(_text[unsaved ? "WhatIf.LeftUnsaved" : "WhatIf.Left"]);
    }

    /// <summary>A line of the what-if was clicked on the map: it has no editor, the Next moves tab changes it. False for a real line.</summary>
    public bool ExplainWhatIf(string edgeId)
    {
        if (Map.FindEdge(edgeId) is not null || View.Sketched?.FindEdge(edgeId) is not { } e) return false;
        Notice = new(_text["WhatIf.LinkClicked", Name(e.From), Name(e.To)]);
        return true;
    }

    public Task<IReadOnlyList<SavedSketch>> SavedSketchesAsync(CancellationToken ct) => _mediator.Send(new ListSketches(AccountId), ct).AsTask();

    public async Task SaveSketchAsync(string name, CancellationToken ct)
    {
        var saved = await _mediator.Send(new SaveSketch(AccountId, name, Sketch ?? new Sketch()), ct);
        (SketchName, SketchChanged) = (saved.Name, false);
        Notice = new(_text["WhatIf.Saved", saved.Name]);
    }

    public async Task OpenSketchAsync(string name, CancellationToken ct)
    {
        var saved = await _mediator.Send(new GetSketch(AccountId, name), ct);
        Notice = new(_text["WhatIf.Opened", saved.Name]);
        Show(saved.Sketch, saved.Name, changed: false);
    }

    public async Task DeleteSketchAsync(string name, CancellationToken ct)
    {
        await _mediator.Send(new DeleteSketch(AccountId, name), ct);
        if (SketchName == name) (SketchName, SketchChanged) = (null, true);
        Notice = new(_text["WhatIf.Deleted", name]);
    }

    /// <summary>
    /// Writes the what-if's relationships as planned ones in one change (undo takes them away again). They
    /// are real now, so they leave the what-if; stance changes stay in it, since they are never written.
    /// </summary>
    public async Task<SketchPlan> PlanSketchAsync(CancellationToken ct)
    {
        var sketch = Sketch ?? new Sketch();
        var before = Map;
        var (result, plan) = await _mediator.Send(new PlanSketch(AccountId, sketch), ct);
        if (result.Version > Map.Version) View.Update(result.Map);
        // One commit: undo takes back its relationships (where nobody changed them since), as any other change.
        if (result.Version > before.Version) Push(_text["WhatIf.UndoLabel"], result);
        var rest = sketch with { Talks = [] };
        Show(rest.Stances.Count > 0 ? rest : null, rest.Stances.Count > 0 ? SketchName : null, changed: rest.Stances.Count > 0);
        var count = plan.Added.Count + plan.AlreadyPlanned.Count;
        var words = new List<string> { count == 1 ? _text["WhatIf.Planned.One"] : _text["WhatIf.Planned", count] };
        if (plan.Existing.Count > 0) words.Add(_text["WhatIf.Planned.Existing", string.Join(", ", plan.Existing.Select(t => $"{Name(t.From)} → {Name(t.To)}"))]);
        if (plan.StancesNotWritten > 0) words.Add(_text["WhatIf.Planned.Stances"]);
        Notice = new(string.Join(" ", words));
        return plan;
    }

    /// <summary>Checked against the map first, so a what-if only assumes what someone could really do (the rules' words otherwise).</summary>
    private bool TryShow(Sketch sketch)
    {
        try
        {
            sketch.ApplyTo(Map);
        }
        catch (GraphException ex)
        {
            Notice = new(ex.Message, IsError: true);
            return false;
        }
        Show(sketch, SketchName, changed: true);
        return true;
    }

    private void Show(Sketch? sketch, string? name, bool changed)
    {
        // A what-if is drawn over today's map: from the past, back to now first.
        if (sketch is not null && Past is not null) BackToNow();
        if (!_watchingWhatIf)
        {
            View.WhatIfDropped += Dropped;
            _watchingWhatIf = true;
        }
        (SketchName, SketchChanged) = (name, changed);
        View.ShowWhatIf(sketch);
    }

    private void Dropped(Sketch gone, AccountMap before)
    {
        string Named(string id) => before.Find(id)?.Name ?? id;
        var what = gone.Talks.Select(t => $"{Named(t.From)} → {Named(t.To)}").Concat(gone.Stances.Select(s => Named(s.PersonId)));
        Notice = new(_text["WhatIf.Dropped", string.Join(", ", what)], IsError: true);
        SketchChanged = true;
    }
}
