# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=formlist propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00037", methods=["POST"])
def benchmark_test_00037():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return jsonify(result=str(result))
