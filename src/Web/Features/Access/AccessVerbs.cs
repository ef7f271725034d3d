using System.CommandLine;
using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Cli;

namespace SalesOps.Web.Features.Access;

/// <summary>
/// <c>users add</c> and <c>token create</c> for operators and scripts: they run with the machine's rights
/// (whoever can run them can read the store anyway). A link or token is printed once, on stdout.
/// </summary>
public static class AccessVerbs
{
    public static IEnumerable<Command> Commands()
    {
        yield return new Command("users", "Users who may sign in.") { UsersAdd() };
        yield return new Command("token", "Personal access tokens for the API and the hub.") { TokenCreate() };
    }

    private static Command UsersAdd()
    {
        var email = new Argument<string>("email") { Description = "Their e-mail address: what they sign in with." };
        var role = EnumOption<AppRole>("--role", "Member, Trainer or Admin; a new user is a Member and an invited one keeps theirs without it.");
        var name = new Option<string>("--name") { Description = "Their name as others see it; the e-mail's first part without it." };
        var site = new Option<string>("--site")
        {
            Description = "The address people open SalesOps at, for the printed link; the configured urls (or http://localhost:5080) without it.",
            HelpName = "url",
        };
        var command = new Command("add", "Adds a user and prints the one-time link (24 hours) with which they choose their password.") { email, role, name, site };
        command.SetAction((p, ct) => CliHost.RunAsync("users add", async (services, token) =>
        {
            var (user, path) = await services.GetRequiredService<IMediator>().Send(new InviteUser(p.GetValue(email)!, p.GetValue(name) ?? "", p.GetValue(role)), token);
            var configured = services.GetRequiredService<IConfiguration>()["urls"]?.Split(';')[0];
            var link = (p.GetValue(site) ?? configured ?? "http://localhost:5080").TrimEnd('/') + path;
            await Console.Out.WriteLineAsync(link);
            return $"Added {user.Name} <{user.Email}> as {user.Role}. Give them the link above: it works once, within 24 hours. With company sign-in (SALESOPS_AUTH=oidc) they sign in there instead.";
        }, ct));
        return command;
    }

    private static Command TokenCreate()
    {
        var user = new Option<string>("--user") { Description = "The e-mail of the user the token acts as.", Required = true, HelpName = "email" };
        var scope = EnumOption<TokenScope>("--scope", "read (the default) or write.");
        var days = new Option<int>("--days") { Description = $"How long it lives, 1 to {TokenHandlers.MaxDays} days.", DefaultValueFactory = _ => 30 };
        days.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > TokenHandlers.MaxDays) r.AddError($"--days must be between 1 and {TokenHandlers.MaxDays}."); });
        var name = new Option<string>("--name") { Description = "What uses it (shown on the user's token page).", DefaultValueFactory = _ => "Command line" };
        var command = new Command("create", "Creates a token for a user and prints it once (only its hash is kept).") { user, scope, days, name };
        command.SetAction((p, ct) => CliHost.RunAsync("token create", async (services, token) =>
        {
            var mediator = services.GetRequiredService<IMediator>();
            var email = p.GetValue(user)!.Trim();
            var who = (await mediator.Send(new ListUsers(), token)).FirstOrDefault(u => string.Equals(u.Email, email, StringComparison.OrdinalIgnoreCase))
                ?? throw GraphException.NotFound($"Nobody signs in as '{email}'; add them first with 'users add {email}'.");
            var (created, secret) = await mediator.Send(new CreateToken(p.GetValue(name)!, p.GetValue(scope) ?? TokenScope.Read, p.GetValue(days), who.Id), token);
            await Console.Out.WriteLineAsync(secret);
            return $"Created a {created.Scope.ToString().ToLowerInvariant()} token for {who.Name} <{who.Email}>, valid until {created.ExpiresAt:yyyy-MM-dd}. It is printed above once; send it as 'Authorization: Bearer …'.";
        }, ct));
        return command;
    }

    /// <summary>An enum option that takes its values in any case (read, Read, READ).</summary>
    private static Option<T?> EnumOption<T>(string option, string description) where T : struct, Enum
    {
        var o = new Option<T?>(option)
        {
            Description = description,
            CustomParser = r => Enum.TryParse<T>(r.Tokens.Single().Value, ignoreCase: true, out var v) && Enum.IsDefined(v)
                ? v
                : Fail(r, $"'{r.Tokens.Single().Value}' is not one of {string.Join(", ", Enum.GetNames<T>())}."),
        };
        o.CompletionSources.Add(Enum.GetNames<T>());
        return o;

        static T? Fail(System.CommandLine.Parsing.ArgumentResult r, string message)
        {
            r.AddError(message);
            return default;
        }
    }
}
