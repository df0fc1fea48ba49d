# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=header shape=allowlist_checked_var sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED = {"alpha", "beta"}


@app.route("/case-00210", methods=["GET", "POST"])
def case_00210():
    param = request.headers.get("X-Query", "")
    candidate = param.strip()
    if candidate not in ALLOWED:
        candidate = "alpha"
    bar = candidate
    resp = requests.get(bar, timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
