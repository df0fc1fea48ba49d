# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=pathparam propagation=allowlist_ternary sink=v2 expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00025/<test_id>", methods=["GET", "POST"])
def benchmark_test_00025(test_id):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return jsonify(result=str(result))
