# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=values shape=httpx_host_fstring sink=specific expected=true
import httpx

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/case-00271", methods=["GET", "POST"])
def case_00271():
    param = request.values.get("q", "")
    bar = param
    resp = httpx.get(f"http://{bar}/status", timeout=5.0)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
