using Blazor.Diagrams.Core;
using Blazor.Diagrams.Core.Geometry;
using Blazor.Diagrams.Core.Models;
using Blazor.Diagrams.Core.Models.Base;
using Blazor.Diagrams.Core.PathGenerators;
using SalesOps.Graph.Exchange;
using SvgPathProperties;

namespace SalesOps.Web.Features.Map;

/// <summary>
/// Lines from card to card: straight, or bent around the cards a straight line would run behind (<see cref="LineBend"/>,
/// the rule the map's picture follows too). A big map's lines stay straight: there the level of detail and the culling
/// decide what is drawn, and a bend would weigh every line against hundreds of cards at each step of a drag.
/// </summary>
public sealed class BendingPathGenerator(Func<bool> straight) : PathGenerator
{
    private readonly StraightPathGenerator _straight = new();

    public override PathGeneratorResult GetResult(Diagram diagram, BaseLinkModel link, Point[] route, Point source, Point target)
    {
        ArgumentNullException.ThrowIfNull(link);
        var bend = route.Length == 0 ? BendOf(diagram, link) : null;
        if (link is MapLinkModel line) line.Bend = bend;
        if (bend is not { } c) return _straight.GetResult(diagram, link, route, source, target);

        var (from, to) = (Box((NodeModel)link.Source.Model!), Box((NodeModel)link.Target.Model!));
        var (start, end) = (LineBend.Exit(from, c), LineBend.Exit(to, c));
        Point[] points = [new(start.X, start.Y), new(c.X, c.Y), new(end.X, end.Y)];
        double? sourceAngle = link.SourceMarker is { } head ? AdjustRouteForSourceMarker(points, head.Width) : null;
        double? targetAngle = link.TargetMarker is { } tip ? AdjustRouteForTargetMarker(points, tip.Width) : null;
        var path = new SvgPath().AddMoveTo(points[0].X, points[0].Y).AddQuadraticBezierCurve(points[1].X, points[1].Y, points[2].X, points[2].Y);
        return new PathGeneratorResult(path, [], sourceAngle, points[0], targetAngle, points[2]);
    }

    /// <summary>Where the line between two cards bends now (its control point); null for a straight line.</summary>
    public (double X, double Y)? BendOf(Diagram diagram, BaseLinkModel link)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(link);
        if (straight() || link.Source.Model is not MapNodeModel from || link.Target.Model is not MapNodeModel to) return null;
        var others = diagram.Nodes.OfType<MapNodeModel>().Where(n => n != from && n != to && n.Visible).Select(Box);
        return LineBend.Around(Box(from), Box(to), others);
    }

    private static CardBox Box(NodeModel n)
    {
        var (w, h) = MapLayout.SizeOf(n);
        return CardBox.At(n.Position.X, n.Position.Y, w, h);
    }
}
