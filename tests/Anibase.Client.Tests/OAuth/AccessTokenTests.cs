using System.Text;
using Anibase.Client.OAuth;

namespace Anibase.Client.Tests.OAuth;

/// <summary>Reading whose token it is and until when, as AniList's guide says apps may.</summary>
public sealed class AccessTokenTests
{
    [Fact]
    public void AniListShapedToken_GivesUserIdExpiryAndClient()
    {
        var token = Jwt("""{"aud":"8527","jti":"ab","iat":1700000000,"nbf":1700000000,"exp":1731536000,"sub":"42","scopes":[]}""");

        var read = AniListAccessToken.Parse(token);

        Assert.Equal(new AniListAccessToken(42, DateTimeOffset.FromUnixTimeSeconds(1731536000), DateTimeOffset.FromUnixTimeSeconds(1700000000), "8527"), read);
    }

    [Fact]
    public void AudienceAsAList_GivesItsFirstClient()
    {
        var read = AniListAccessToken.Parse(Jwt("""{"aud":["3"],"exp":1731536000,"sub":"1"}"""));

        Assert.Equal("3", read.ClientId);
        Assert.Null(read.IssuedAt);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.!!!.c")]
    [InlineData("a.bm90IGpzb24.c")]
    public void NotAJwt_ThrowsFormatException(string token) =>
        Assert.ThrowsAny<FormatException>(() => AniListAccessToken.Parse(token));

    [Theory]
    [InlineData("""{"exp":1731536000}""")]
    [InlineData("""{"sub":"alice","exp":1731536000}""")]
    [InlineData("""{"sub":"42"}""")]
    public void TokenWithoutNumericSubOrExpiry_ThrowsFormatException(string payload) =>
        Assert.Throws<FormatException>(() => AniListAccessToken.Parse(Jwt(payload)));

    private static string Jwt(string payload) =>
        $"{Base64Url("""{"typ":"JWT","alg":"RS256"}""")}.{Base64Url(payload)}.c2lnbmF0dXJl";

    private static string Base64Url(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
