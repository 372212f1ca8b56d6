namespace Anibase.Server.GraphQL.Limits;

/// <summary>What one operation asks of the server, fragments expanded.</summary>
internal sealed class OperationMeasure
{
    /// <summary>
    /// AniList's complexity (webonyx's rule): each field costs 1 plus its children; a field that
    /// <c>@skip</c>/<c>@include</c> leaves out costs nothing, and so does <c>__schema</c> with
    /// everything under it. <c>__type</c> and <c>__typename</c> cost like any field.
    /// </summary>
    public int Complexity { get; set; }

    /// <summary>The longest chain of fields outside introspection; a leaf at the top is 1.</summary>
    public int Depth { get; set; }

    /// <summary>Fields, aliases counted apart, at the operation's own level.</summary>
    public int RootFields { get; set; }

    /// <summary>Fields under <c>__schema</c> and <c>__type</c>, those two included.</summary>
    public int IntrospectionFields { get; set; }

    /// <summary>The longest chain of fields from <c>__schema</c> or <c>__type</c> down.</summary>
    public int IntrospectionDepth { get; set; }

    /// <summary>
    /// The most times any one of <c>__schema</c>, <c>__type</c> and the fields through which
    /// introspection can loop back on itself (<c>__Type</c>'s <c>fields</c>, <c>inputFields</c>,
    /// <c>interfaces</c>, <c>possibleTypes</c>) appears.
    /// </summary>
    public int RepeatedIntrospection { get; set; }
}
