# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=cookie shape=deepcopy_clone sink=v0 expected=true
import copy
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00066", methods=["GET", "POST"])
def case_00066():
    param = request.cookies.get("q", "none")
    cfg = {"inner": {"q": "safe"}}
    clone = copy.deepcopy(cfg)
    clone["inner"]["q"] = param
    bar = clone["inner"]["q"]
    resp = requests.get(bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
