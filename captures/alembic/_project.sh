# Sourced by the alembic captures: an alembic project on a throwaway SQLite database in the
# current directory. $ALEMBIC is the alembic command of the interpreter being tried.
alembic_project() {
    rm -rf migrations alembic.ini app.db
    $ALEMBIC init migrations >/dev/null
    sed -i 's|^sqlalchemy.url = .*|sqlalchemy.url = sqlite:///app.db|' alembic.ini
}
