using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Anibase.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ApprovedApps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppActivity",
                columns: table => new
                {
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    ClientId = table.Column<int>(type: "integer", nullable: false),
                    LastUsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppActivity", x => new { x.UserId, x.ClientId });
                    table.ForeignKey(
                        name: "FK_AppActivity_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AppActivity_DeveloperClients_ClientId",
                        column: x => x.ClientId,
                        principalTable: "DeveloperClients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppActivity_ClientId",
                table: "AppActivity",
                column: "ClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppActivity");
        }
    }
}
