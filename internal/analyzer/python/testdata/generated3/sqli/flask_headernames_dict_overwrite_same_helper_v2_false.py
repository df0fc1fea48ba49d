# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=flask source=headernames propagation=dict_overwrite_same (helper class) sink=v2 expected=false
from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00016", methods=["GET", "POST"])
def benchmark_test_00016():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM users WHERE name = '{bar}'")).fetchall()
    return jsonify(result=str(result))
