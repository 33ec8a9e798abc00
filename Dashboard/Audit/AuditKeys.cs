namespace Collab.Dashboard.Audit;

/// <summary>
/// The store keys of the trail and of its indexes. One hash tag, so a clustered Redis keeps them together. The list is the
/// truth; everything else is derived from it and can be rebuilt (a line's id is its position in the list, which never changes).
/// </summary>
public static class AuditKeys
{
    public const string Lines = "{audit}:lines";

    /// <summary>How many lines, from the first, are in the indexes below.</summary>
    public const string Indexed = "{audit}:indexed";

    /// <summary>Hash: id → the line as stored, so a page reads its lines by id.</summary>
    public const string ById = "{audit}:by-id";

    /// <summary>Set of every actor that occurs, so a part of an actor's name finds its sorted sets.</summary>
    public const string Actors = "{audit}:actors";

    /// <summary>Sorted set (score and member the id) of one actor's lines.</summary>
    public static string Actor(string actor) => $"{{audit}}:actor:{actor}";

    /// <summary>Sorted set (score and member the id) of one action's lines, in capitals.</summary>
    public static string Action(string action) => $"{{audit}}:action:{action.ToUpperInvariant()}";

    /// <summary>Sorted set (score and member the id) of the lines whose result starts with this status.</summary>
    public static string Result(string result) => $"{{audit}}:result:{StatusOf(result)}";

    /// <summary>Sorted set with equal scores, ordered by member: the object, a zero byte, the id (any prefix is one range).</summary>
    public const string Objects = "{audit}:objects";

    /// <summary>Sorted set: score the time in Unix milliseconds, member the id.</summary>
    public const string Times = "{audit}:times";

    /// <summary>An import's result is "200 stored=… duplicates=…": its status is the first word.</summary>
    public static string StatusOf(string result) => result.Split(' ', 2)[0];
}
