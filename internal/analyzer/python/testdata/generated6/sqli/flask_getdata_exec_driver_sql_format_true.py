# generated case (gen_cases6): category=sqli rule=PY-SQLI fw=flask source=getdata shape=exec_driver_sql_format sink=specific expected=true
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///benchmark.db")


@app.route("/00310", methods=["POST"])
def benchmark_test_00310():
    param = request.get_data(as_text=True)
    bar = param
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id FROM users WHERE name = '%s'" % bar).fetchall()  # want: PY-SQLI
    result = len(rows)
    return jsonify(result=str(result))
