# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=header shape=psycopg_pyformat sink=specific expected=false
import os
import psycopg2

from flask import Flask, jsonify, request
from psycopg2 import sql

app = Flask(__name__)
DSN = os.environ["DATABASE_URL"]


@app.route("/00321", methods=["GET", "POST"])
def benchmark_test_00321():
    param = request.headers.get("Referer", "")
    bar = param
    conn = psycopg2.connect(DSN)
    cur = conn.cursor()
    cur.execute("SELECT id FROM users WHERE name = %(name)s", {"name": bar})
    result = cur.fetchall()
    return jsonify(result=str(result))
