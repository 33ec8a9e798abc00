using System.Collections.Immutable;
using Collab.Contracts.Activities;

namespace Collab.Contracts.Indicators;

/// <summary>
/// One month of registered activity of one member (or one initiative): sums only, so a grain with years of data stays small.
/// <see cref="Given"/> is keyed by receiver: a member id, or <see cref="ExchangeMatrix.OutsidePrefix"/> + organisation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MonthFigures(
    [property: Id(0)] int SupportSessions,
    [property: Id(1)] int PeopleHelped,
    [property: Id(2)] int SupportMinutes,
    [property: Id(3)] int Leaflets,
    [property: Id(4)] long SatisfactionPoints,
    [property: Id(5)] int SatisfactionPeople,
    [property: Id(6)] ImmutableDictionary<SupportTopic, int> Topics,
    [property: Id(7)] ImmutableDictionary<string, ContactTally> Given)
{
    public static MonthFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, ImmutableDictionary<SupportTopic, int>.Empty, ImmutableDictionary<string, ContactTally>.Empty);

    public MonthFigures Add(SupportSession s) => this with
    {
        SupportSessions = SupportSessions + 1,
        PeopleHelped = PeopleHelped + s.PeopleHelped,
        SupportMinutes = SupportMinutes + s.DurationMinutes,
        Leaflets = Leaflets + s.Leaflets,
        // Average satisfaction is weighted by people helped, over sessions that were graded.
        SatisfactionPoints = SatisfactionPoints + ((long)(s.Satisfaction ?? 0) * s.PeopleHelped),
        SatisfactionPeople = SatisfactionPeople + (s.Satisfaction is null ? 0 : s.PeopleHelped),
        Topics = s.Topics.Distinct().Aggregate(Topics, (t, topic) => t.SetItem(topic, t.GetValueOrDefault(topic) + 1)),
    };

    public MonthFigures Add(KnowledgeContact c)
    {
        var key = ExchangeMatrix.ReceiverKey(c);
        return this with { Given = Given.SetItem(key, Given.GetValueOrDefault(key) + new ContactTally(1, c.PersonDays)) };
    }

    /// <summary>Nothing counted: what is left of a month once every figure in it was taken out again.</summary>
    public bool IsEmpty => SupportSessions == 0 && PeopleHelped == 0 && SupportMinutes == 0 && Leaflets == 0
        && SatisfactionPoints == 0 && SatisfactionPeople == 0 && Topics.IsEmpty && Given.IsEmpty;

    /// <summary><paramref name="a"/> plus (<paramref name="sign"/> 1) or minus (-1) <paramref name="b"/>; entries that reach zero are dropped, as a recount never has them.</summary>
    public static MonthFigures Combine(MonthFigures a, MonthFigures b, int sign)
    {
        var topics = a.Topics;
        foreach (var (topic, count) in b.Topics)
        {
            var value = topics.GetValueOrDefault(topic) + (sign * count);
            topics = value == 0 ? topics.Remove(topic) : topics.SetItem(topic, value);
        }

        var given = a.Given;
        foreach (var (receiver, tally) in b.Given)
        {
            var value = given.GetValueOrDefault(receiver) + new ContactTally(sign * tally.Contacts, sign * tally.Days);
            given = value == default ? given.Remove(receiver) : given.SetItem(receiver, value);
        }

        return new MonthFigures(
            a.SupportSessions + (sign * b.SupportSessions),
            a.PeopleHelped + (sign * b.PeopleHelped),
            a.SupportMinutes + (sign * b.SupportMinutes),
            a.Leaflets + (sign * b.Leaflets),
            a.SatisfactionPoints + (sign * b.SatisfactionPoints),
            a.SatisfactionPeople + (sign * b.SatisfactionPeople),
            topics,
            given);
    }

    public MonthFigures Add(IActivity activity) => activity switch
    {
        SupportSession s => Add(s),
        KnowledgeContact c => Add(c),
        _ => this,
    };
}
