using System.Xml.Linq;
using Ical.Net;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>What leaves the app on paper or in a calendar speaks the reader's language: the map picture's captions and legend, the invitation's text.</summary>
public sealed class PrintoutLanguageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_German_map_picture_has_German_captions_legend_badges_and_a_German_date()
    {
        using var _ = Words.In("de");

        var texts = XDocument.Parse(MapPicture.Svg(Maps.Sample(), new MapPictureOptions { Date = new DateOnly(2026, 11, 29) }, Words.Text))
            .Descendants(Svg + "text").Select(t => t.Value).ToList();

        texts.ShouldContain("Buying-Center-Karte · 29. Nov. 2026 · Lieferantenstatus: gelistet");
        texts.ShouldContain("Gesamte Karte · keine Filter");
        texts.ShouldContain("Legende");
        texts.ShouldContain("Entscheidet");
        texts.ShouldContain("spricht mit (gestrichelt: geplant)");
    }

    [Fact]
    public void A_Spanish_invitation_tells_objective_method_and_our_side_in_Spanish()
    {
        using var _ = Words.In("es");
        var map = Maps.Sample();
        var ops = Meetings.Log(map, new NodeDraft { Id = "m-review", Name = "Acordar el alcance del piloto", Date = new DateOnly(2026, 12, 3), Method = MeetingMethod.Video },
            ["c-ana", "p-maria"], createMissing: false, today: new DateOnly(2026, 12, 1));
        map = map.Apply(new Commit(map.Account.Id, map.Version + 1, Commit.Stamp(ops, map.Version + 1)));

        var e = Calendar.Load(MeetingInvites.Ics(map, "m-review", Words.Text).Content)!.Events.Single();

        e.Location.ShouldBe("Videollamada");
        e.Description!.ShouldContain("Objetivo: Acordar el alcance del piloto");
        e.Description!.ShouldContain("Formato: Videollamada");
        e.Description!.ShouldContain("Por nuestra parte:\n- Ana Ruiz, gestor de cuenta");
    }

    [Fact]
    public void A_Spanish_spreadsheet_writes_levels_stances_roles_and_relationships_in_Spanish()
    {
        using var _ = Words.In("es");
        var map = Maps.Sample();

        var maria = MapSheets.People(map, Words.Text).Rows.Single(r => (string?)r[0] == "María Vidal");
        var talk = MapSheets.Relationships(map, Words.Text).Rows.Single(r => (string?)r[0] == "Ana Ruiz");

        (maria[3], maria[4], maria[5], maria[6]).ShouldBe(("alta dirección", "Escéptico", "Alta", "decisor, firmante"));
        (talk[1], talk[2], talk[4], talk[6]).ShouldBe(("nuestro", "habla con", "del cliente", "Activa"));
    }
}
