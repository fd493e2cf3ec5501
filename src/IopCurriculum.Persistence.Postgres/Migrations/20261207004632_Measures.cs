using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IopCurriculum.Persistence.Postgres.Migrations
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
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "measures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<long>(type: "bigint", nullable: false),
                    instrument = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    instrument_version = table.Column<int>(type: "integer", nullable: false),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answers_json = table.Column<string>(type: "text", nullable: false),
                    scores_json = table.Column<string>(type: "text", nullable: false),
                    score = table.Column<int>(type: "integer", nullable: true),
                    severity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    critical_items = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    struck_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    struck_by = table.Column<string>(type: "text", nullable: true),
                    struck_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
