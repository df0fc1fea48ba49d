# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=form shape=configparser_used sink=v0 expected=true
import configparser
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00162", methods=["POST"])
def case_00162():
    param = request.form.get("q", "")
    cp = configparser.ConfigParser()
    cp["search"] = {"term": param, "mode": "basic"}
    bar = cp["search"]["term"]
    resp = requests.get(bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
