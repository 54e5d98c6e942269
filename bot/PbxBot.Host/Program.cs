using PbxBot.Host;

PbxBotApp.Build(args).Run();

/// <summary>The entry point, visible to tests that host the bot in-process.</summary>
public partial class Program;
