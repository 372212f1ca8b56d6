using GraphQL.Introspection;
using GraphQL.Types;

namespace Anibase.Server.GraphQL;

/// <summary>Hides the meta-schema members GraphQL.NET has and AniList's server does not, so introspection matches AniList's.</summary>
internal sealed class AniListSchemaFilter : DefaultSchemaFilter
{
    public override Task<bool> AllowField(IGraphType parent, IFieldType field) =>
        (parent.Name, field.Name) is ("__Schema", "description") or ("__Type", "isOneOf")
            ? Task.FromResult(false)
            : base.AllowField(parent, field);

    public override Task<bool> AllowEnumValue(EnumerationGraphType parent, EnumValueDefinition enumValue) =>
        (parent.Name, enumValue.Name) is ("__DirectiveLocation", "VARIABLE_DEFINITION")
            ? Task.FromResult(false)
            : base.AllowEnumValue(parent, enumValue);
}
