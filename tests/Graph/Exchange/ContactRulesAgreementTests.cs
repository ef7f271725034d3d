using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>The import checks cells itself (to name every bad one at once); these keep its limits equal to the model's rules.</summary>
public class ContactRulesAgreementTests
{
    [Theory]
    [InlineData(ContactLimits.Name, "name")]
    [InlineData(ContactLimits.Title, "title")]
    [InlineData(ContactLimits.Phone, "phone")]
    [InlineData(ContactLimits.Email, "email")]
    [InlineData(ContactLimits.Url, "linkedIn")]
    public void The_import_limits_are_the_rules_limits(int limit, string field)
    {
        NodeDraft Draft(int length)
        {
            var text = field switch
            {
                "email" => new string('a', length - 2) + "@x",
                "linkedIn" => "https://www.linkedin.com/in/" + new string('a', length - 28),
                _ => new string('a', length),
            };
            return field switch
            {
                "name" => new NodeDraft { Kind = NodeKind.Person, Name = text },
                "title" => new NodeDraft { Kind = NodeKind.Person, Name = "A", Title = text },
                "phone" => new NodeDraft { Kind = NodeKind.Person, Name = "A", Phone = text },
                "linkedIn" => new NodeDraft { Kind = NodeKind.Person, Name = "A", LinkedIn = ContactLimits.WebAddress(text) ?? text },
                _ => new NodeDraft { Kind = NodeKind.Person, Name = "A", Email = text },
            };
        }

        NodeRules.Create(Draft(limit)).ShouldNotBeNull();
        Should.Throw<GraphException>(() => NodeRules.Create(Draft(limit + 1))).Field.ShouldBe(field);
    }

    [Theory]
    [InlineData("E-Mail", ContactField.Email)]
    [InlineData("Correo electrónico", ContactField.Email)]
    [InlineData("Reports To", ContactField.ReportsToName)]
    [InlineData("ReportsToId", ContactField.ReportsToId)]
    [InlineData("(Do Not Modify) Contact", ContactField.SourceId)]
    [InlineData("(Do Not Modify) Row Checksum", ContactField.Ignore)]
    [InlineData("Vorgesetzter", ContactField.ReportsToName)]
    [InlineData("Sales Navigator URL", ContactField.Ignore)]
    public void Usual_headers_are_recognised_whatever_their_spelling(string header, ContactField field) =>
        HeaderAliases.Recognise(header).ShouldBe(field);

    [Fact]
    public void Names_compare_without_case_accents_or_extra_spaces() =>
        HeaderAliases.NameKey("  José   GARCÍA ").ShouldBe(HeaderAliases.NameKey("jose garcia"));
}
