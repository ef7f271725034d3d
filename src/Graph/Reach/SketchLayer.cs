using SalesOps.Graph.Model;

namespace SalesOps.Graph.Reach;

/// <summary>
/// A sketch laid over a map that may have changed since it was drawn (someone deleted a person it
/// mentions, say): what still applies, the map as it assumes it, and what had to be left out.
/// </summary>
public sealed record SketchLayer(Sketch Kept, AccountMap Map, Sketch Dropped)
{
    /// <summary>The sketch over <paramref name="map"/>, each change kept only if the rules still allow it, in order.</summary>
    public static SketchLayer Over(AccountMap map, Sketch sketch)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(sketch);
        try
        {
            return new SketchLayer(sketch, sketch.ApplyTo(map), new Sketch());
        }
        catch (GraphException)
        {
            // One at a time, in the sketch's order, so what is kept means what it meant.
        }
        var current = map;
        List<SketchTalk> talks = [], droppedTalks = [];
        List<SketchStance> stances = [], droppedStances = [];
        foreach (var talk in sketch.Talks)
        {
            if (TryApply(new Sketch { Talks = [talk] }, ref current)) talks.Add(talk); else droppedTalks.Add(talk);
        }
        foreach (var stance in sketch.Stances)
        {
            if (TryApply(new Sketch { Stances = [stance] }, ref current)) stances.Add(stance); else droppedStances.Add(stance);
        }
        var kept = new Sketch { Talks = talks, Stances = stances };
        return new SketchLayer(kept, kept.ApplyTo(map), new Sketch { Talks = droppedTalks, Stances = droppedStances });
    }

    private static bool TryApply(Sketch one, ref AccountMap map)
    {
        try
        {
            map = one.ApplyTo(map);
            return true;
        }
        catch (GraphException)
        {
            return false;
        }
    }
}
