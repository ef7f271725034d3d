namespace SalesOps.Graph.Model;

public enum GraphError
{
    /// <summary>The input breaks a rule; nothing was written.</summary>
    Invalid,
    /// <summary>The account, node or edge does not exist.</summary>
    NotFound,
    /// <summary>The change was based on an old version, or duplicates an existing element.</summary>
    Conflict,
    /// <summary>The store could not be reached or answered with an error of its own.</summary>
    Unavailable,
    /// <summary>Nobody is signed in (or the session or token expired): sign in first.</summary>
    SignInRequired,
    /// <summary>The caller is signed in but their role does not allow this.</summary>
    Forbidden,
    /// <summary>The input is bigger than a limit allows (an import document): nothing was read or written.</summary>
    TooLarge,
}

/// <summary>An error a user can cause (or a store failure), with a message fit to show them.</summary>
public sealed class GraphException : Exception
{
    public GraphException(GraphError error, string message, string? field = null, object? current = null)
        : base(message)
    {
        Error = error;
        Field = field;
        Current = current;
    }

    public GraphException() : this(GraphError.Invalid, "Invalid input.") { }

    public GraphException(string message) : this(GraphError.Invalid, message) { }

    public GraphException(string message, Exception inner) : base(message, inner) => Error = GraphError.Unavailable;

    public GraphError Error { get; }

    /// <summary>The input field at fault, when there is one (for inline messages).</summary>
    public string? Field { get; }

    /// <summary>On a conflict: the element as it is now, so the user can see what won.</summary>
    public object? Current { get; }

    /// <summary>When the store is unavailable for a moment (busy, restarting): how long to wait before trying again.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static GraphException Invalid(string message, string? field = null) => new(GraphError.Invalid, message, field);

    public static GraphException NotFound(string message) => new(GraphError.NotFound, message);

    public static GraphException Conflict(string message, object? current = null) =>
        new(GraphError.Conflict, message, current: current);

    public static GraphException SignInRequired(string message) => new(GraphError.SignInRequired, message);

    public static GraphException Forbidden(string message) => new(GraphError.Forbidden, message);
}
