using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace IopCurriculum.Persistence;

/// <summary>The database engines the model runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>One SQLite file: the default, with no server to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, which several scheduler hosts can share.</summary>
    Postgres,
}
