# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=values shape=class_attr_mutated sink=v2 expected=true
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


class Settings:
    term = "default"


@app.route("/00033", methods=["GET", "POST"])
def benchmark_test_00033():
    param = request.values.get("BenchmarkTest", "")
    Settings.term = param
    bar = Settings().term
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
