"""The database of a bench script's server, on either backend: a fresh SQLite file, or, with
BACKEND=postgres, a fresh database on a throw-away PostgreSQL cluster (.ci/postgres) that is stopped
when the script ends, whatever ends it. Its rows are read with the backend's own client (Python's
sqlite3, or psql), never through the server under test. Standard library only."""
import atexit, os, shutil, sqlite3, subprocess, tempfile

POSTGRES = os.environ.get("BACKEND", "sqlite") == "postgres"
PG_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".ci", "postgres")


class Database:
    def __init__(self, name):
        self.data = tempfile.mkdtemp()
        self.path = os.path.join(self.data, f"{name}.db")
        self.pg_dir = None
        if POSTGRES:
            self.pg_dir = tempfile.mkdtemp()
            atexit.register(self.stop)
            server = subprocess.run(["bash", PG_SCRIPT, "start", self.pg_dir], check=True, capture_output=True, text=True).stdout.strip()
            subprocess.run(["psql", "-q", f"{server}/postgres", "-c", f"CREATE DATABASE {name}"], check=True)
            self.url = f"{server}/{name}"
        else:
            self.url = f"sqlite://{self.path}"

    def stop(self):
        if self.pg_dir:
            subprocess.run(["bash", PG_SCRIPT, "stop", self.pg_dir])
            shutil.rmtree(self.pg_dir, ignore_errors=True)
            self.pg_dir = None

    def rows(self, sql_sqlite, sql_postgres=None):
        """The rows of a query, as strings; `sql_postgres` when PostgreSQL needs other words."""
        if POSTGRES:
            out = subprocess.run(["psql", "-At", "-F", "\t", self.url, "-c", sql_postgres or sql_sqlite], check=True, capture_output=True, text=True).stdout
            return [tuple(line.split("\t")) for line in out.splitlines()]
        con = sqlite3.connect(self.path)
        try:
            return [tuple("" if v is None else str(v) for v in row) for row in con.execute(sql_sqlite)]
        finally:
            con.close()

    def integrity(self, tables):
        """SQLite's own integrity check; on PostgreSQL, every one of `tables` read through."""
        if POSTGRES:
            self.rows("", " UNION ALL ".join(f"SELECT count(*) FROM {t}" for t in tables))
            return "ok"
        return self.rows("PRAGMA integrity_check")[0][0]
