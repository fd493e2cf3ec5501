using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IopCurriculum.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RecipientCredentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "fhir_client_id",
                table: "recipients",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_client_secret",
                table: "recipients",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_scope",
                table: "recipients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fhir_token_url",
                table: "recipients",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "fhir_client_id",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_client_secret",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_scope",
                table: "recipients");

            migrationBuilder.DropColumn(
                name: "fhir_token_url",
                table: "recipients");
        }
    }
}
