# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=form shape=del_slice_safe sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00042", methods=["POST"])
def case_00042():
    param = request.form.get("q", "")
    vals = [param, "a", "b"]
    del vals[:1]
    bar = vals[0]
    resp = requests.get(bar, timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
