using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_processed_utc",
                table: "outbox");

            migrationBuilder.AddColumn<string>(
                name: "email",
                table: "users",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_endpoint",
                table: "recipients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_token",
                table: "recipients",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mail_from",
                table: "programs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "mail_server",
                table: "programs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "task_due_hours",
                table: "programs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 24);

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "claimed_by",
                table: "outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "claimed_until_utc",
                table: "outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "first_failure_utc",
                table: "outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "idempotency_key",
                table: "outbox",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "outbox",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "last_failure_utc",
                table: "outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "next_attempt_utc",
                table: "outbox",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "outbox",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "outbox",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "action_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    outbox_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_action_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_action_events_outbox_outbox_id",
                        column: x => x.outbox_id,
                        principalTable: "outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rewards",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    outbox_id = table.Column<long>(type: "INTEGER", nullable: false),
                    cohort_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    enrolment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    amount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    test_result_id = table.Column<long>(type: "INTEGER", nullable: true),
                    earned_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    given_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    given_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rewards", x => x.id);
                    table.ForeignKey(
                        name: "fk_rewards_outbox_outbox_id",
                        column: x => x.outbox_id,
                        principalTable: "outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_tasks",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    outbox_id = table.Column<long>(type: "INTEGER", nullable: false),
                    program_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    cohort_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    enrolment_id = table.Column<long>(type: "INTEGER", nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    due_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    assignees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    done_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    done_by = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    done_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_tasks", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_tasks_outbox_outbox_id",
                        column: x => x.outbox_id,
                        principalTable: "outbox",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_task_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    task_id = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_task_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_task_events_staff_tasks_task_id",
                        column: x => x.task_id,
                        principalTable: "staff_tasks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Actions written before they were dispatched were never carried out; running them now, weeks
            // late, would flood the inboxes, so they are closed with a word saying so.
            migrationBuilder.Sql(
                "UPDATE outbox SET idempotency_key = 'before-dispatch-' || CAST(id AS TEXT), state = 'dismissed', " +
                "processed_utc = created_utc, next_attempt_utc = created_utc, " +
                "outcome = 'written before actions were carried out; closed unsent when the dispatcher was installed'");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_idempotency_key",
                table: "outbox",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_state_next_attempt_utc",
                table: "outbox",
                columns: new[] { "state", "next_attempt_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_action_events_outbox_id",
                table: "action_events",
                column: "outbox_id");

            migrationBuilder.CreateIndex(
                name: "ix_rewards_client_id",
                table: "rewards",
                column: "client_id");

            migrationBuilder.CreateIndex(
                name: "ix_rewards_outbox_id",
                table: "rewards",
                column: "outbox_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_task_events_task_id",
                table: "staff_task_events",
                column: "task_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_tasks_done_utc_due_utc",
                table: "staff_tasks",
                columns: new[] { "done_utc", "due_utc" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_tasks_outbox_id",
                table: "staff_tasks",
                column: "outbox_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "action_events");

            migrationBuilder.DropTable(
                name: "rewards");

            migrationBuilder.DropTable(
                name: "staff_task_events");

            migrationBuilder.DropTable(
                name: "staff_tasks");

            migrationBuilder.DropIndex(
                name: "ix_outbox_idempotency_key",
                table: "outbox");

            migrationBuilder.DropIndex(
                name: "ix_outbox_state_next_attempt_utc",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "email",
                table: "users");

            migrationBuilder.DropColumn(
                name: "fhir_endpoint",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_token",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "mail_from",
                table: "programs");

            migrationBuilder.DropColumn(
                name: "mail_server",
                table: "programs");

            migrationBuilder.DropColumn(
                name: "task_due_hours",
                table: "programs");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "claimed_by",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "claimed_until_utc",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "first_failure_utc",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "idempotency_key",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "last_failure_utc",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "next_attempt_utc",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "outbox");

            migrationBuilder.DropColumn(
                name: "state",
                table: "outbox");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_processed_utc",
                table: "outbox",
                column: "processed_utc");
        }
    }
}
