# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=headernames propagation=list_pop_safe sink=v1 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00577", methods=["GET", "POST"])
def benchmark_test_00577():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
