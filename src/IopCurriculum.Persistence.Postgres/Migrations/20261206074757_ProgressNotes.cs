using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace IopCurriculum.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ProgressNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "notes_need_co_signature",
                table: "users",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "counseling_note_roles",
                table: "programs",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "note_format",
                table: "programs",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "DAP");

            migrationBuilder.CreateTable(
                name: "counseling_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    enrolment_id = table.Column<long>(type: "bigint", nullable: false),
                    planned_session_id = table.Column<long>(type: "bigint", nullable: true),
                    text = table.Column<string>(type: "text", nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counseling_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_counseling_notes_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_counseling_notes_planned_sessions_planned_session_id",
                        column: x => x.planned_session_id,
                        principalTable: "planned_sessions",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "progress_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planned_session_id = table.Column<long>(type: "bigint", nullable: false),
                    enrolment_id = table.Column<long>(type: "bigint", nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sections = table.Column<string>(type: "text", nullable: false),
                    minutes = table.Column<int>(type: "integer", nullable: true),
                    plan_version = table.Column<int>(type: "integer", nullable: true),
                    goals = table.Column<string>(type: "text", nullable: false),
                    session_narrative = table.Column<string>(type: "text", nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    signed_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    late_entry = table.Column<bool>(type: "boolean", nullable: false),
                    co_signature_required = table.Column<bool>(type: "boolean", nullable: false),
                    co_signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    co_signed_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_progress_notes_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_progress_notes_planned_sessions_planned_session_id",
                        column: x => x.planned_session_id,
                        principalTable: "planned_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_narratives",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    planned_session_id = table.Column<long>(type: "bigint", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_narratives", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_narratives_planned_sessions_planned_session_id",
                        column: x => x.planned_session_id,
                        principalTable: "planned_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "note_addenda",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    progress_note_id = table.Column<long>(type: "bigint", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_utc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_note_addenda", x => x.id);
                    table.ForeignKey(
                        name: "fk_note_addenda_progress_notes_progress_note_id",
                        column: x => x.progress_note_id,
                        principalTable: "progress_notes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_counseling_notes_enrolment_id",
                table: "counseling_notes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_counseling_notes_planned_session_id",
                table: "counseling_notes",
                column: "planned_session_id");

            migrationBuilder.CreateIndex(
                name: "ix_note_addenda_progress_note_id_number",
                table: "note_addenda",
                columns: new[] { "progress_note_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progress_notes_enrolment_id",
                table: "progress_notes",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "ix_progress_notes_planned_session_id_enrolment_id",
                table: "progress_notes",
                columns: new[] { "planned_session_id", "enrolment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_narratives_planned_session_id",
                table: "session_narratives",
                column: "planned_session_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "counseling_notes");

            migrationBuilder.DropTable(
                name: "note_addenda");

            migrationBuilder.DropTable(
                name: "session_narratives");

            migrationBuilder.DropTable(
                name: "progress_notes");

            migrationBuilder.DropColumn(
                name: "notes_need_co_signature",
                table: "users");

            migrationBuilder.DropColumn(
                name: "counseling_note_roles",
                table: "programs");

            migrationBuilder.DropColumn(
                name: "note_format",
                table: "programs");
        }
    }
}
