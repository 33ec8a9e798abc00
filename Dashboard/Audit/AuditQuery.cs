namespace Collab.Dashboard.Audit;

/// <summary>
/// Which lines to read. Actor: a part of it, any case. Action: the whole action, any case. Result: the whole result or its
/// status ("200" also finds an import's "200 stored=3 …"). Objects: any of these prefixes; with <see cref="WholeSegments"/> a
/// prefix is a path that matches itself and what lies below it, never "/members/ocw2" for "/members/ocw". From inclusive,
/// until exclusive.
/// </summary>
public sealed record AuditFilter(
    string? Actor = null,
    string? Action = null,
    string? Result = null,
    IReadOnlyList<string>? Objects = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    bool WholeSegments = false)
{
    public static AuditFilter None { get; } = new();

    /// <summary>The exact rule every line of a page meets, whatever the indexes narrowed.</summary>
    public bool Keeps(AuditLine line) =>
        (string.IsNullOrEmpty(Actor) || line.Actor.Contains(Actor, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Action) || line.Action.Equals(Action, StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Result) || line.Result == Result || line.Result.StartsWith(Result + " ", StringComparison.Ordinal))
        && (Objects is not { Count: > 0 } || Objects.Any(o => Under(line.Object, o)))
        && (From is null || line.At >= From)
        && (Until is null || line.At < Until);

    private bool Under(string target, string prefix) => WholeSegments
        ? target == prefix || target.StartsWith(prefix.TrimEnd('/') + "/", StringComparison.Ordinal)
        : target.StartsWith(prefix, StringComparison.Ordinal);
}

/// <summary>Where a page starts: below <see cref="Before"/> (older lines), above <see cref="After"/> (newer), or at the newest.</summary>
public sealed record AuditCursor(long? Before = null, long? After = null)
{
    public static AuditCursor Newest { get; } = new();
}

/// <summary>One line of the trail with its id: its position in the trail, which never changes.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Object, string Result, string Origin)
{
    public static AuditEntry Of(long id, AuditLine line) => new(id, line.At, line.Actor, line.Action, line.Object, line.Result, line.Origin);
}

/// <summary>A page of lines, newest first, with the cursors of the pages beside it (null where there is none).</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Lines, long? OlderBefore, long? NewerAfter)
{
    public static AuditPage Empty { get; } = new([], null, null);
}
