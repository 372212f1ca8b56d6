using Anibase.Client.AspNetCore;
using Anibase.Client.GraphQL;
using PublicApiGenerator;

namespace Anibase.Client.Tests.PublicApi;

/// <summary>
/// The packages' public surface, pinned: a change to it shows up as a change to an
/// <c>.approved.txt</c> file beside this test, so it is reviewed like any other. When the change is
/// meant, copy the <c>.received.txt</c> the failing test writes over the approved file.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData(typeof(AniListGraphQLClient))]
    [InlineData(typeof(AniListAuthenticationHandler))]
    public void PublicApi_IsTheApprovedOne(Type typeInAssembly)
    {
        var assembly = typeInAssembly.Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // AddAniList lives where ASP.NET Core's own Add… methods do; the generator skips Microsoft.* unless told.
            AllowNamespacePrefixes = ["Microsoft.Extensions.DependencyInjection"],
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        })
            .ReplaceLineEndings("\n");
        var name = assembly.GetName().Name;
        var approvedPath = Path.Combine(SourceDirectory(), $"{name}.approved.txt");
        var receivedPath = Path.Combine(SourceDirectory(), $"{name}.received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";

        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API of {name} changed. If that is meant, review and copy {receivedPath} over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
