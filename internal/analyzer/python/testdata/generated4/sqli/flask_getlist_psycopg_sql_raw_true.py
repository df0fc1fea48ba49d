# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=getlist shape=psycopg_sql_raw sink=specific expected=true
import os
import psycopg2

from flask import Flask, jsonify, request
from psycopg2 import sql

app = Flask(__name__)
DSN = os.environ["DATABASE_URL"]


@app.route("/00319", methods=["GET", "POST"])
def benchmark_test_00319():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute(sql.SQL("SELECT id FROM users WHERE {}").format(sql.SQL(bar)))  # want: PY-SQLI
    result = cur.fetchall()
    return jsonify(result=str(result))
