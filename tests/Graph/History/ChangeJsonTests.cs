using System.Text;
using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.History;

public sealed class ChangeJsonTests
{
    [Fact]
    public void A_commit_s_ops_in_UTF_8_are_the_bytes_of_the_same_JSON_text()
    {
        // SQLite keeps a created account's ops from OpsUtf8, Neo4j from Ops: both must be the same document.
        var plan = Maps.SamplePlan();
        IReadOnlyList<MapOp>[] commits =
        [
            Commit.Whole(plan, 1, Author.Machine, DateTimeOffset.UnixEpoch).Ops,
            Commit.Whole(Maps.Sample(), 1, Author.Machine, DateTimeOffset.UnixEpoch).Ops,
            [new RemoveEdge("e-talks"), new RemoveNode("p-luis"), new PutNode(plan.Nodes[0] with { Name = "Jürgen „Jo“ Weiß" })],
        ];

        foreach (var ops in commits)
        {
            var text = ChangeJson.Ops(ops);
            text.ShouldContain("\"op\":");
            ChangeJson.OpsUtf8(ops).ShouldBe(Encoding.UTF8.GetBytes(text));
        }
    }
}
