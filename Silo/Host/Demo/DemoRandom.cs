namespace Collab.Silo.Demo;

/// <summary>Small helpers over <see cref="Random"/>, so the story reads as choices rather than arithmetic.</summary>
internal static class DemoRandom
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    /// <summary>A value from min to max (inclusive) in whole steps, e.g. half days.</summary>
    public static decimal Steps(this Random random, decimal min, decimal max, decimal step) =>
        min + (step * random.Next((int)((max - min) / step) + 1));

    /// <summary>An amount in euros rounded to thousands, as people report budgets.</summary>
    public static decimal Euros(this Random random, int minThousands, int maxThousands) =>
        1000m * random.Next(minThousands, maxThousands + 1);

    public static DateOnly Day(this Random random, (DateOnly First, DateOnly Last) days) =>
        days.First.AddDays(random.Next(days.Last.DayNumber - days.First.DayNumber + 1));

    public static T Weighted<T>(this Random random, params (T Item, int Weight)[] options)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var (item, weight) in options)
        {
            if (roll < weight)
            {
                return item;
            }

            roll -= weight;
        }

        return options[^1].Item;
    }
}
