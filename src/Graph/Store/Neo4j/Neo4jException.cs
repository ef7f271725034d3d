using System.Net;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// An error Neo4j reported: a non-empty <c>errors</c> array (even inside a 2xx answer) or a non-2xx
/// status. Carries Neo4j's own code and message; the store turns it into a <see cref="Model.GraphException"/>.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException(string code, string message, HttpStatusCode? status = null) : base(message)
    {
        Code = code;
        Status = status;
    }

    public Neo4jException() : this("Neo.DatabaseError.General.UnknownError", "Unknown Neo4j error.") { }

    public Neo4jException(string message) : this("Neo.DatabaseError.General.UnknownError", message) { }

    public Neo4jException(string message, Exception inner) : base(message, inner) => Code = "Neo.DatabaseError.General.UnknownError";

    /// <summary>Neo4j's status code, e.g. Neo.ClientError.Schema.ConstraintValidationFailed.</summary>
    public string Code { get; }

    public HttpStatusCode? Status { get; }

    /// <summary>Deadlocks, lock timeouts, leader switches: the whole transaction may succeed when run again.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}
