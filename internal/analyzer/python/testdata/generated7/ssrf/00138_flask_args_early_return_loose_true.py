# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=args shape=early_return_loose sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


def pick(value):
    if not value.isalnum():
        return "invalid"
    return value


def pick_loose(value):
    if value.isalnum():
        return value.lower()
    return value


@app.route("/case-00138", methods=["GET", "POST"])
def case_00138():
    param = request.args.get("q", "")
    bar = pick_loose(param)
    resp = requests.get(bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
