using Microsoft.Extensions.Localization;
using System.Globalization;
using System.Xml.Linq;
using SalesOps.Graph.Model;
using SkiaSharp;
using Svg.Skia;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// Pictures of the map for slides and print, drawn from the map model on the server (no screenshot):
/// the account name, date, view and filters on top, the cards and relationships as the screen shows
/// them, the legend on the right. <see cref="Svg"/> writes the SVG; <c>Png</c> renders that SVG
/// with Svg.Skia at the format's pixel size.
/// </summary>
public static partial class MapPicture
{
    internal static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private const string Font = "'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif";

    /// <summary>The picture as SVG, its captions, legend and card words in the reader's language (<paramref name="text"/>).</summary>
    public static string Svg(AccountMap map, MapPictureOptions options, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(text);
        var size = PictureSize.Of(options.Format);
        var u = size.Height / 1080.0; // text and margins grow with the page
        var legendWidth = options.Legend ? 330 * u : 0;
        var header = Header(map, options, text, size, u, out var headerHeight);
        var area = (X: 30 * u, Y: headerHeight + 10 * u, W: size.Width - legendWidth - 60 * u, H: size.Height - headerHeight - 50 * u);
        var svg = new XElement(Ns + "svg",
            new XAttribute("width", size.SvgWidth), new XAttribute("height", size.SvgHeight),
            new XAttribute("viewBox", $"0 0 {size.Width} {size.Height}"), new XAttribute("font-family", Font),
            new XElement(Ns + "title", text["Picture.Title", map.Account.Name, Day(options.Date)].Value),
            new XElement(Ns + "rect", new XAttribute("width", size.Width), new XAttribute("height", size.Height), new XAttribute("fill", "#ffffff")),
            Markers(),
            header,
            Drawing(map, options, area, text),
            options.Legend ? Legend(options, text, size.Width - legendWidth, headerHeight, legendWidth - 20 * u, u) : null,
            Text(30 * u, size.Height - 18 * u, $"SalesOps · {map.Account.Name} · {Day(options.Date)}", 13 * u, MapLook.Muted));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg).ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>The picture as PNG at the format's pixel size, on white.</summary>
    public static byte[] Png(AccountMap map, MapPictureOptions options, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(options);
        var size = PictureSize.Of(options.Format);
        return Png(Svg(map, options, text), size.Width, size.Height);
    }

    public static byte[] Png(string svg, int width, int height)
    {
        using var document = new SKSvg();
        var picture = document.FromSvg(svg) ?? throw new InvalidOperationException("The SVG could not be read.");
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            var bounds = picture.CullRect;
            canvas.Scale(width / bounds.Width, height / bounds.Height);
            canvas.DrawPicture(picture);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static XElement Header(AccountMap map, MapPictureOptions o, IStringLocalizer text, PictureSize size, double u, out double height)
    {
        var g = new XElement(Ns + "g", new XAttribute("class", "header"));
        g.Add(Text(30 * u, 52 * u, map.Account.Name, 34 * u, MapLook.Ink, bold: true));
        g.Add(Text(30 * u, 84 * u, text["Picture.Subtitle", Day(o.Date), text[$"Sheet.Position.{map.Account.Position}"]], 17 * u, MapLook.Muted));
        var y = 84 * u;
        var view = text[o.View is null ? "Picture.WholeMap" : "Picture.CurrentView"];
        var filters = o.Filters.Count == 0 ? text["Picture.NoFilters"] : text["Picture.Filters", string.Join("; ", o.Filters)];
        g.Add(Text(30 * u, y += 28 * u, $"{view} · {filters}", 16 * u, MapLook.Ink));
        if (o.Path is { } path)
        {
            foreach (var line in Wrap(text["Picture.Path", path], (size.Width - 60 * u) / (16 * u * 0.55), 3))
                g.Add(Text(30 * u, y += 24 * u, line, 16 * u, MapLook.Ink));
        }
        height = y + 16 * u;
        g.Add(new XElement(Ns + "line", Attrs(("x1", 30 * u), ("y1", height), ("x2", size.Width - 30 * u), ("y2", height)), new XAttribute("stroke", MapLook.Line), new XAttribute("stroke-width", 2 * u)));
        return g;
    }

    private static XElement Legend(MapPictureOptions o, IStringLocalizer text, double x, double top, double width, double u)
    {
        var g = new XElement(Ns + "g", new XAttribute("class", "legend"));
        var y = top + 40 * u;
        g.Add(Text(x, y, text["Picture.Legend"], 18 * u, MapLook.Ink, bold: true));
        foreach (var s in MapLook.Stances)
        {
            y += 30 * u;
            g.Add(Box(x, y - 17 * u, 42 * u, 22 * u, 4 * u, MapLook.Colour(s), MapLook.UnknownBorder, 1 * u));
            g.Add(Text(x + 21 * u, y, MapLook.Symbol(s), 14 * u, MapLook.OnColour(s), bold: true, anchor: "middle"));
            g.Add(Text(x + 54 * u, y, text.Word(s), 15 * u, MapLook.Ink));
        }
        (string Colour, double Width, bool Dashed, string Words)[] lines =
        [
            ("#78909c", 1.5, false, text["Picture.Legend.ReportsTo"]),
            ("#8e24aa", 3, false, text["Picture.Legend.Influences"]),
            ("#0277bd", 3, false, text["Picture.Legend.TalksWith"]),
            ("#90a4ae", 3, false, text["Picture.Legend.Dormant"]),
        ];
        if (o.HighlightedEdges is { Count: > 0 }) lines = [.. lines, (MapLook.PathColour, 4, false, text["Picture.Legend.Path"])];
        foreach (var (colour, w, dashed, words) in lines)
        {
            y += 30 * u;
            g.Add(new XElement(Ns + "line", Attrs(("x1", x), ("y1", y - 5 * u), ("x2", x + 42 * u), ("y2", y - 5 * u), ("stroke-width", w * u)),
                new XAttribute("stroke", colour), dashed ? new XAttribute("stroke-dasharray", "7 5") : null));
            g.Add(Text(x + 54 * u, y, words, 14 * u, MapLook.Ink));
        }
        y += 38 * u;
        g.Add(Box(x, y - 17 * u, 54 * u, 22 * u, 8 * u, MapLook.Ours, MapLook.Ours, 1));
        g.Add(Text(x + 27 * u, y, text["Picture.Legend.Ours"], 13 * u, "#ffffff", bold: true, anchor: "middle"));
        g.Add(Text(x + 66 * u, y, text["Picture.Legend.Counterparts"], 14 * u, MapLook.Ink));
        y += 30 * u;
        g.Add(Text(x, y, text["Picture.Legend.Badges", MapLook.Badge(text, BuyingRole.DecisionMaker), MapLook.Badge(text, BuyingRole.Signer), MapLook.Badge(text, BuyingRole.EconomicBuyer)], 14 * u, MapLook.Ink));
        g.Add(Text(x, y += 24 * u, text["Picture.Legend.Influence"], 14 * u, MapLook.Ink));
        return g;
    }

    internal static XElement Text(double x, double y, string text, double size, string fill, bool bold = false, string? anchor = null) =>
        new(Ns + "text", Attrs(("x", x), ("y", y), ("font-size", size)), new XAttribute("fill", fill),
            bold ? new XAttribute("font-weight", "700") : null, anchor is null ? null : new XAttribute("text-anchor", anchor), text);

    internal static XElement Box(double x, double y, double w, double h, double r, string fill, string stroke, double strokeWidth) =>
        new(Ns + "rect", Attrs(("x", x), ("y", y), ("width", w), ("height", h), ("rx", r), ("stroke-width", strokeWidth)),
            new XAttribute("fill", fill), new XAttribute("stroke", stroke));

    internal static XAttribute[] Attrs(params (string Name, double Value)[] values) =>
        [.. values.Select(v => new XAttribute(v.Name, Math.Round(v.Value, 2).ToString(CultureInfo.InvariantCulture)))];

    /// <summary>The picture's day with its year, as the reader's culture writes it: a printout outlives the day it was made.</summary>
    private static string Day(DateOnly date) => Formats.DateWithYear(date);

    /// <summary>Lines of at most <paramref name="chars"/> characters (an estimate of the width), the last one cut with an ellipsis.</summary>
    internal static IEnumerable<string> Wrap(string text, double chars, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > chars)
            {
                lines.Add(line);
                line = word;
            }
            else line = line.Length == 0 ? word : line + " " + word;
        }
        lines.Add(line);
        if (lines.Count > maxLines) lines = [.. lines.Take(maxLines - 1), Fit(string.Join(' ', lines.Skip(maxLines - 1)), (int)chars)];
        return lines;
    }

    internal static string Fit(string text, int chars) => text.Length <= chars ? text : text[..Math.Max(1, chars - 1)].TrimEnd() + "…";
}
