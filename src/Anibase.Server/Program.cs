using Anibase.Server.Cli;
using Anibase.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAnibase();
AdminCommandLine.ConfigureLogging(builder, args);

var app = builder.Build();
app.MapAnibase();

return await AdminCommandLine.RunAsync(app, args);

/// <summary>The entry point, visible to <c>WebApplicationFactory</c>.</summary>
public partial class Program;
