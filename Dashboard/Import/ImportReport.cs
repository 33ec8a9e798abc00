using System.Collections.Immutable;

namespace Collab.Dashboard.Import;

/// <summary>What storing a previewed file did: every valid row is stored, was there before, or is rejected with its reason.</summary>
public sealed record ImportReport(ImportKind Kind, int Rows, int Stored, int Duplicates, int DuplicatesInFile, ImmutableArray<RowError> Rejected);
