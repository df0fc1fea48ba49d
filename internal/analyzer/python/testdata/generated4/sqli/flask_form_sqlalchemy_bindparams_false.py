# generated case (gen_cases4): category=sqli rule=PY-SQLI fw=flask source=form shape=sqlalchemy_bindparams sink=specific expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


@app.route("/00315", methods=["POST"])
def benchmark_test_00315():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as c:
        stmt = text("SELECT id FROM users WHERE name = :n").bindparams(n=bar)
        result = c.execute(stmt).fetchall()
    return jsonify(result=str(result))
