# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=pathparam propagation=undecidable_ternary (helper class) sink=v2 expected=true
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00025/<test_id>", methods=["GET", "POST"])
def benchmark_test_00025(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()  # want: PY-SQLI
    return jsonify(result=str(result))
