# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=header shape=splitlines_first sink=v0 expected=false
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00090", methods=["GET", "POST"])
def case_00090():
    param = request.headers.get("X-Query", "")
    lines = ("header\n" + param).splitlines()
    bar = lines[0]
    resp = requests.get(bar, timeout=5)  # want: PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
