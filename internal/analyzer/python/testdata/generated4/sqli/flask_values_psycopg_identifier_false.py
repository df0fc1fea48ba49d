# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=values shape=psycopg_identifier sink=specific expected=false
import os
import psycopg2

from flask import Flask, jsonify, request
from psycopg2 import sql

app = Flask(__name__)
DSN = os.environ["DATABASE_URL"]


@app.route("/00317", methods=["GET", "POST"])
def benchmark_test_00317():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute(sql.SQL("SELECT id FROM {} LIMIT 10").format(sql.Identifier(bar)))
    result = cur.fetchall()
    return jsonify(result=str(result))
