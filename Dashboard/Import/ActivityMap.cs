using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Registrations;

namespace Collab.Dashboard.Import;

/// <summary>One activity kind's columns (named as the API's JSON names the record's properties), its mapping and its validation.</summary>
internal abstract class ActivityMap
{
    public abstract ImmutableArray<string> Required { get; }

    /// <summary>Columns a file may leave out: nullable properties, and those with an obvious default.</summary>
    public abstract ImmutableArray<string> Optional { get; }

    /// <summary>The column of <see cref="IActivity.OwnerId"/>.</summary>
    public abstract string OwnerField { get; }

    /// <summary>The row as a record; meaningless when <paramref name="cells"/> has errors afterwards.</summary>
    public abstract IActivity Map(RowCells cells);

    public abstract ImmutableArray<FieldError> Validate(IActivity activity, IKnownIds known, DateOnly today);

    /// <summary>Called for each valid row, in file order.</summary>
    public virtual void Accepted(IActivity activity)
    {
    }

    /// <summary>A new map for each file: the procurement map remembers the phases the file's rows moved to.</summary>
    public static ActivityMap For(ImportKind kind, Func<string, ProcurementPhase>? currentPhase) => kind switch
    {
        ImportKind.SupportSessions => new SupportSessionMap(),
        ImportKind.KnowledgeContacts => new KnowledgeContactMap(),
        ImportKind.ProcurementUpdates => new ProcurementUpdateMap(currentPhase),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
