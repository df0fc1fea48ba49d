# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=args shape=format_map sink=v2 expected=true
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00127", methods=["GET", "POST"])
def benchmark_test_00127():
    param = request.args.get("BenchmarkTest", "")
    bar = "{term}".format_map({"term": param})
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
