# Log secret: helper that logs a DB connection string including the password
import logging

import psycopg2

log = logging.getLogger("db")


def connect(host, user, db_password):
    dsn = f"host={host} user={user} password={db_password} dbname=app"
    log.info("connecting with dsn=%s", dsn)  # want: PY-LOG-SECRET
    return psycopg2.connect(dsn)
