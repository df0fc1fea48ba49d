# generated case (gen_cases7): category=codeinj rule=PY-CODE-INJECTION fw=flask source=values shape=slice_const_taint sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00037", methods=["GET", "POST"])
def case_00037():
    param = request.values.get("q", "")
    vals = ["a", "b", param, "c"]
    window = vals[1:3]
    bar = window[1]
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
