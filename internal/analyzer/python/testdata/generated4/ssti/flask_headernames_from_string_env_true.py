# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=headernames shape=from_string_env sink=specific expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00433", methods=["GET", "POST"])
def benchmark_test_00433():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    env = Environment()
    result = env.from_string(bar).render(user="guest")  # want: PY-SSTI
    return jsonify(result=str(result))
