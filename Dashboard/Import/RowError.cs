using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

/// <summary>
/// What is wrong with one row: its line in the file (header = 1), its id if it has one, the column, why, and the rule's code
/// (pages translate by it). A registration rule's error keeps its typed code and limit in <see cref="Rule"/> and <see cref="Limit"/>.
/// </summary>
public sealed record RowError(int Line, string? Id, string Field, string Message, string Code = "", decimal? Limit = null, FieldErrorCode? Rule = null)
{
    /// <summary>The field of an error about the row as a whole, such as broken quoting.</summary>
    public const string WholeRow = "row";

    public static RowError Of(int line, string? id, FieldError error) =>
        new(line, id, error.Field, error.Message, error.Code.Name(), error.Limit, error.Code);
}
