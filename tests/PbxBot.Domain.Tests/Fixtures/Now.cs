namespace PbxBot.Domain.Tests.Fixtures;

public static class Now
{
    public static readonly DateTimeOffset Value = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));
}
