namespace Collab.Tests.Support;

/// <summary>Request bodies as an integrator sends them, for tests whose subject is not the body itself.</summary>
public static class ApiBodies
{
    /// <summary>A valid support session of today, given by <paramref name="providingMemberId"/> to EZK.</summary>
    public static object SupportSession(string id, string providingMemberId = "ocw", int peopleHelped = 1, int durationMinutes = 15) => new
    {
        id,
        date = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        providingMemberId,
        hostMemberId = "ezk",
        format = "online",
        topics = Array.Empty<string>(),
        peopleHelped,
        durationMinutes,
        leaflets = 0,
    };
}
