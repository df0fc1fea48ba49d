# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=querystring propagation=direct sink=safe1 expected=false
import urllib.parse

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00035", methods=["GET", "POST"])
def benchmark_test_00035():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return jsonify(result=str(result))
