using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Measures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "measure_schedule",
                table: "programs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "measures",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    enrolment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    instrument = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    instrument_version = table.Column<int>(type: "INTEGER", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    answers_json = table.Column<string>(type: "TEXT", nullable: false),
                    scores_json = table.Column<string>(type: "TEXT", nullable: false),
                    score = table.Column<int>(type: "INTEGER", nullable: true),
                    severity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    critical_items = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    struck_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    struck_by = table.Column<string>(type: "TEXT", nullable: true),
                    struck_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_measures", x => x.id);
                    table.ForeignKey(
                        name: "fk_measures_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_measures_enrolment_id_instrument_answered_on",
                table: "measures",
                columns: new[] { "enrolment_id", "instrument", "answered_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measures");

            migrationBuilder.DropColumn(
                name: "measure_schedule",
                table: "programs");
        }
    }
}
