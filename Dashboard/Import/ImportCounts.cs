namespace Collab.Dashboard.Import;

/// <summary>
/// How the data rows of a file (blank lines not counted) came out:
/// <see cref="Rows"/> = <see cref="Valid"/> + <see cref="Invalid"/> + <see cref="DuplicateInFile"/>.
/// </summary>
public sealed record ImportCounts(int Rows, int Valid, int Invalid, int DuplicateInFile)
{
    public static ImportCounts None { get; } = new(0, 0, 0, 0);
}
