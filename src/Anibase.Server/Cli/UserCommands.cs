using System.CommandLine;
using System.Text.Json;
using Anibase.Server.Accounts;

namespace Anibase.Server.Cli;

internal static class UserCommands
{
    public static Command Create(IServiceProvider services)
    {
        var name = new Option<string>("--name") { Description = "User name (letters and digits)", Required = true };
        var email = new Option<string>("--email") { Description = "Email address", Required = true };
        var password = new Option<string>("--password") { Description = "Password (at least 8 characters)", Required = true };

        var create = new Command("create", "Create a user account.") { name, email, password };
        create.SetAction(async (parse, cancellationToken) =>
        {
            await AdminCommandLine.EnsureDatabaseAsync(services, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            var result = await accounts.SignUpAsync(
                parse.GetRequiredValue(name), parse.GetRequiredValue(email), parse.GetRequiredValue(password));
            if (result.User is not { } user)
            {
                await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors));
                return 1;
            }

            Console.WriteLine(JsonSerializer.Serialize(new { id = user.Id, name = user.UserName }));
            return 0;
        });

        return new Command("users", "Manage user accounts.") { create };
    }
}
