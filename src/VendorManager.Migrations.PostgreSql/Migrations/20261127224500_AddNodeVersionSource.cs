using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddNodeVersionSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VersionSourceKind",
                table: "DicomNodes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VersionSourcePassword",
                table: "DicomNodes",
                type: "character varying(1024)",
                maxLength: 1024,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VersionSourceUrl",
                table: "DicomNodes",
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VersionSourceUserName",
                table: "DicomNodes",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "VersionSourceKind",
                table: "DicomNodes");

            migrationBuilder.DropColumn(
                name: "VersionSourcePassword",
                table: "DicomNodes");

            migrationBuilder.DropColumn(
                name: "VersionSourceUrl",
                table: "DicomNodes");

            migrationBuilder.DropColumn(
                name: "VersionSourceUserName",
                table: "DicomNodes");
        }
    }
}
