# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=cookie propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00034", methods=["GET", "POST"])
def benchmark_test_00034():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return jsonify(result=str(result))
