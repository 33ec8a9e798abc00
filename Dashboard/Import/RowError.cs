namespace Collab.Dashboard.Import;

/// <summary>What is wrong with one row: its line in the file (header = 1), its id if it has one, the column, why, and the rule's code (pages translate by it).</summary>
public sealed record RowError(int Line, string? Id, string Field, string Message, string Code = "")
{
    /// <summary>The field of an error about the row as a whole, such as broken quoting.</summary>
    public const string WholeRow = "row";
}
