using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Anibase.Data;
using Anibase.Data.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Anibase.Server.Catalog;

/// <summary>
/// Inserts new catalog rows on the context's connection and transaction, several times faster
/// than <c>SaveChanges</c>, which tracks every link as an entity and builds a statement per row.
/// Columns, SQL types and value conversions come from the EF model, so the statement follows
/// <see cref="Media"/> as it changes, on every provider.
/// </summary>
internal static class MediaBulkInsert
{
    public static async Task InsertAsync(AnibaseDbContext db, IReadOnlyList<Media> rows, CancellationToken cancellationToken)
    {
        var (table, columns) = Columns(db.Model.FindEntityType(typeof(Media))!);
        // SQLite is in-process and looks parameters up by name one at a time, so one small prepared
        // statement, reused, is fastest; over a network, many rows a statement save round trips.
        // 500 rows of parameters stay under PostgreSQL's 65,535.
        var rowsPerStatement = db.Database.IsSqlite() ? 1 : 500;
        var whole = rows.Count / rowsPerStatement * rowsPerStatement;
        await InsertAsync(db, table, columns, rows.Take(whole), rowsPerStatement, cancellationToken);
        await InsertAsync(db, table, columns, rows.Skip(whole), rows.Count - whole, cancellationToken);
    }

    private static async Task InsertAsync(
        AnibaseDbContext db, string table, List<Column> columns, IEnumerable<Media> rows, int rowsPerStatement, CancellationToken cancellationToken)
    {
        if (rowsPerStatement == 0)
        {
            return;
        }

        await using var command = CreateCommand(db, table, columns, rowsPerStatement);
        await command.PrepareAsync(cancellationToken);
        foreach (var chunk in rows.Chunk(rowsPerStatement))
        {
            for (var row = 0; row < chunk.Length; row++)
            {
                for (var column = 0; column < columns.Count; column++)
                {
                    command.Parameters[(row * columns.Count) + column].Value = columns[column].ValueOf(chunk[row]) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbCommand CreateCommand(AnibaseDbContext db, string table, List<Column> columns, int rows)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var text = new StringBuilder("INSERT INTO ").Append(sql.DelimitIdentifier(table))
            .Append(" (").AppendJoin(", ", columns.Select(column => sql.DelimitIdentifier(column.Name))).Append(") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                var name = "p" + ((row * columns.Count) + column).ToString(CultureInfo.InvariantCulture);
                text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                command.Parameters.Add(columns[column].Mapping.CreateParameter(command, sql.GenerateParameterName(name), value: null));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    /// <summary>Every column of the table: one per property, and one JSON document per JSON-mapped navigation (the links).</summary>
    private static (string Table, List<Column> Columns) Columns(IEntityType media)
    {
        var table = media.GetTableMappings().Single().Table;
        var identifier = StoreObjectIdentifier.Table(table.Name, table.Schema);
        var properties = media.GetProperties().Select(property => new Column(
            property.GetColumnName(identifier)!,
            property.GetRelationalTypeMapping(),
            row => property.PropertyInfo!.GetValue(row)));
        var documents = media.GetNavigations().Where(navigation => navigation.TargetEntityType.IsMappedToJson()).Select(navigation => new Column(
            navigation.TargetEntityType.GetContainerColumnName()!,
            table.FindColumn(navigation.TargetEntityType.GetContainerColumnName()!)!.StoreTypeMapping,
            // EF names a JSON document's properties after the CLR properties unless told otherwise, as JsonSerializer does.
            row => JsonSerializer.Serialize(navigation.PropertyInfo!.GetValue(row))));
        return (table.Name, [.. properties, .. documents]);
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<Media, object?> Read)
    {
        public object? ValueOf(Media row)
        {
            var value = Read(row);
            return value is not null && Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
