using Collab.Contracts.Activities;

namespace Collab.Dashboard.Import;

/// <summary>A row that reads as a valid registration, with the line of the file it starts on (header = 1).</summary>
public sealed record ImportRow(int Line, IActivity Activity);
