using Anibase.Bench;

// `Anibase.Bench bare --urls URL` is the bare-endpoint ceiling; anything else is a benchmark run.
if (args.Length > 0 && args[0] == "bare")
{
    BareServer.Run(args[1..]);
    return 0;
}

// `Anibase.Bench profile SCENARIO [options]` traces the server under one scenario.
var profile = args.Length > 1 && args[0] == "profile" ? args[1] : null;
var options = BenchOptions.Parse(profile is null ? args : args[2..]);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
return profile is null
    ? await BenchRun.RunAsync(options, cancel.Token)
    : await BenchRun.ProfileAsync(options, profile, cancel.Token);
