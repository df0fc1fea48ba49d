# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=pathparam propagation=b64_roundtrip sink=v2 expected=true
import base64

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00025/<test_id>", methods=["GET", "POST"])
def benchmark_test_00025(test_id):
    param = test_id
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
