using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VendorManager.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class AddDicomNodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DicomNodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    AeTitle = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Host = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    Port = table.Column<int>(type: "integer", nullable: false),
                    CallingAeTitle = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    Site = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    VendorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpectedVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    DegradedLatencyMs = table.Column<int>(type: "integer", nullable: true),
                    DegradedWhenFindFails = table.Column<bool>(type: "boolean", nullable: false),
                    ProbeIntervalSeconds = table.Column<int>(type: "integer", nullable: false),
                    ProbeKind = table.Column<int>(type: "integer", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    DeletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DicomNodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DicomNodes_Vendors_VendorId",
                        column: x => x.VendorId,
                        principalTable: "Vendors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DicomNodes_Host_Port_AeTitle",
                table: "DicomNodes",
                columns: new[] { "Host", "Port", "AeTitle" },
                unique: true,
                filter: "\"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_DicomNodes_NormalizedName",
                table: "DicomNodes",
                column: "NormalizedName",
                unique: true,
                filter: "\"IsDeleted\" = FALSE");

            migrationBuilder.CreateIndex(
                name: "IX_DicomNodes_Site",
                table: "DicomNodes",
                column: "Site");

            migrationBuilder.CreateIndex(
                name: "IX_DicomNodes_VendorId",
                table: "DicomNodes",
                column: "VendorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DicomNodes");
        }
    }
}
