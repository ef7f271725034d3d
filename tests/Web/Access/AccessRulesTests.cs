using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>
/// <see cref="AccessRules.Decide"/> as the plain function it is: every kind of need against every kind
/// of caller. "A" is an account the caller's team role is given for; "B" is one they are on no team of.
/// </summary>
public sealed class AccessRulesTests
{
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static Standing Standing(AppRole role = AppRole.Member, AccountRole? onA = null, bool disabled = false) =>
        new(new User { Id = "u-1", Email = "u1@example.com", Name = "U One", Role = role, Disabled = disabled, CreatedAt = Created },
            onA is { } r ? new Dictionary<string, AccountRole> { ["A"] = r } : []);

    private static readonly Caller User = new(CallerKind.User, "u-1", "U One");
    private static readonly Caller ReadToken = new(CallerKind.Token, "u-1", "U One", TokenScope.Read);
    private static readonly Caller WriteToken = new(CallerKind.Token, "u-1", "U One", TokenScope.Write);

    private static readonly Need[] EveryNeed =
    [
        Need.Anyone, Need.SignedIn, Need.Person, Need.AtLeast(AppRole.Trainer), Need.AtLeast(AppRole.Admin),
        Need.Read("A"), Need.Write("A"), Need.Own("A"), Need.Read("B"), Need.Write("B"), Need.Own("B"),
    ];

    /// <summary>"pass", or the refusal's error and resource key ("NotFound Access.NoAccount").</summary>
    private static string Answer(Caller caller, Standing? standing, Need need, bool writes = false) =>
        AccessRules.Decide(caller, standing, need, writes) is { } refused ? $"{refused.Error} {refused.Key}" : "pass";

    [Fact]
    public void Anyone_lets_every_caller_pass_even_the_anonymous_and_the_disabled()
    {
        foreach (var writes in new[] { false, true })
        {
            Answer(Caller.Anonymous, null, Need.Anyone, writes).ShouldBe("pass");
            Answer(User, Standing(disabled: true), Need.Anyone, writes).ShouldBe("pass");
            Answer(ReadToken, Standing(), Need.Anyone, writes).ShouldBe("pass");
        }
    }

    [Fact]
    public void The_machine_passes_every_door_without_a_standing()
    {
        foreach (var need in EveryNeed)
            Answer(Caller.Machine, null, need, writes: true).ShouldBe("pass", need.ToString());
    }

    [Fact]
    public void The_anonymous_and_users_that_no_longer_exist_must_sign_in_at_every_other_door()
    {
        foreach (var need in EveryNeed.Where(n => n is not AnyoneNeed))
        {
            Answer(Caller.Anonymous, null, need).ShouldBe("SignInRequired Access.SignIn", need.ToString());
            Answer(User, null, need).ShouldBe("SignInRequired Access.SignIn", need.ToString());
            Answer(WriteToken, null, need).ShouldBe("SignInRequired Access.SignIn", need.ToString());
        }
    }

    [Fact]
    public void A_disabled_user_is_stopped_at_every_door_but_Anyone_whatever_their_roles()
    {
        var disabledAdmin = Standing(AppRole.Admin, AccountRole.Owner, disabled: true);

        foreach (var need in EveryNeed.Where(n => n is not AnyoneNeed))
        {
            Answer(User, disabledAdmin, need).ShouldBe("SignInRequired Access.Disabled", need.ToString());
            Answer(WriteToken, disabledAdmin, need, writes: true).ShouldBe("SignInRequired Access.Disabled", need.ToString());
        }
    }

    [Fact]
    public void A_read_token_is_refused_every_command_even_an_Admins_and_passes_the_same_queries_as_its_user()
    {
        var admin = Standing(AppRole.Admin);
        var owner = Standing(onA: AccountRole.Owner);

        foreach (var need in EveryNeed.Where(n => n is not AnyoneNeed))
        {
            Answer(ReadToken, admin, need, writes: true).ShouldBe("Forbidden Access.ReadToken", need.ToString());
            Answer(ReadToken, owner, need, writes: true).ShouldBe("Forbidden Access.ReadToken", need.ToString());
            if (need is not PersonNeed) Answer(ReadToken, owner, need).ShouldBe(Answer(User, owner, need), need.ToString());
        }
    }

    [Fact]
    public void A_write_token_passes_the_doors_its_user_passes_except_those_for_a_person()
    {
        foreach (var standing in new[] { Standing(), Standing(AppRole.Trainer, AccountRole.Viewer), Standing(onA: AccountRole.Editor), Standing(AppRole.Admin) })
            foreach (var need in EveryNeed.Where(n => n is not PersonNeed))
                Answer(WriteToken, standing, need, writes: true).ShouldBe(Answer(User, standing, need, writes: true), $"{standing.User.Role} {need}");
    }

    [Fact]
    public void Managing_ones_own_tokens_needs_a_person_signed_in_not_a_token()
    {
        Answer(User, Standing(), Need.Person, writes: true).ShouldBe("pass");
        Answer(WriteToken, Standing(), Need.Person, writes: true).ShouldBe("Forbidden Access.PersonOnly");
        Answer(WriteToken, Standing(AppRole.Admin), Need.Person).ShouldBe("Forbidden Access.PersonOnly");
        Answer(ReadToken, Standing(AppRole.Admin), Need.Person).ShouldBe("Forbidden Access.PersonOnly");
    }

    [Fact]
    public void Signed_in_is_enough_for_anyone_signed_in_even_on_no_team()
    {
        Answer(User, Standing(), Need.SignedIn, writes: true).ShouldBe("pass");
        Answer(WriteToken, Standing(), Need.SignedIn, writes: true).ShouldBe("pass");
        Answer(ReadToken, Standing(), Need.SignedIn).ShouldBe("pass");
    }

    [Theory]
    [InlineData(AppRole.Member, AppRole.Trainer, "Forbidden Access.Role")]
    [InlineData(AppRole.Member, AppRole.Admin, "Forbidden Access.Role")]
    [InlineData(AppRole.Trainer, AppRole.Trainer, "pass")]
    [InlineData(AppRole.Trainer, AppRole.Admin, "Forbidden Access.Role")]
    [InlineData(AppRole.Admin, AppRole.Trainer, "pass")]
    [InlineData(AppRole.Admin, AppRole.Admin, "pass")]
    public void An_app_role_door_lets_that_role_and_above_pass(AppRole role, AppRole needed, string answer)
    {
        Answer(User, Standing(role), Need.AtLeast(needed), writes: true).ShouldBe(answer);
        if (answer != "pass") AccessRules.Decide(User, Standing(role), Need.AtLeast(needed), false)!.Args.ShouldBe([needed]);
    }

    [Theory]
    //          team role on A     Read(A)                    Write(A)                     Own(A)
    [InlineData(null,              "NotFound Access.NoAccount", "NotFound Access.NoAccount", "NotFound Access.NoAccount")]
    [InlineData(AccountRole.Viewer, "pass",                     "Forbidden Access.ViewOnly", "Forbidden Access.OwnersOnly")]
    [InlineData(AccountRole.Editor, "pass",                     "pass",                      "Forbidden Access.OwnersOnly")]
    [InlineData(AccountRole.Owner,  "pass",                     "pass",                      "pass")]
    public void An_account_door_lets_the_team_pass_by_role_and_an_outsider_hears_the_account_is_not_there(AccountRole? onA, string read, string write, string own)
    {
        var standing = Standing(onA: onA);

        (Answer(User, standing, Need.Read("A")), Answer(User, standing, Need.Write("A"), writes: true), Answer(User, standing, Need.Own("A"), writes: true))
            .ShouldBe((read, write, own));
        // A role on A says nothing about B: there, the same answer as for an account that does not exist.
        foreach (var need in new[] { Need.Read("B"), Need.Write("B"), Need.Own("B") })
        {
            Answer(User, standing, need).ShouldBe("NotFound Access.NoAccount");
            AccessRules.Decide(User, standing, need, false)!.Args.ShouldBe(["B"]);
        }
    }

    [Fact]
    public void An_Admin_passes_every_account_door_without_being_on_the_team()
    {
        foreach (var need in EveryNeed.Where(n => n is AccountNeed or RoleNeed))
            Answer(User, Standing(AppRole.Admin), need, writes: true).ShouldBe("pass", need.ToString());
    }

    [Fact]
    public void A_trainer_role_gives_no_account_rights()
    {
        Answer(User, Standing(AppRole.Trainer), Need.Read("B")).ShouldBe("NotFound Access.NoAccount");
        Answer(User, Standing(AppRole.Trainer, AccountRole.Viewer), Need.Write("A"), writes: true).ShouldBe("Forbidden Access.ViewOnly");
    }

    [Fact]
    public void A_door_nobody_decided_refuses_everyone_but_the_machine()
    {
        var unknown = new UnknownNeed();

        Answer(User, Standing(AppRole.Admin), unknown).ShouldBe("Forbidden Access.NoDecision");
        Answer(Caller.Machine, null, unknown).ShouldBe("pass");
    }

    private sealed record UnknownNeed : Need;
}
