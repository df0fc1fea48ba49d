# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=host_concat_no_slash expected=true
import requests
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_host_concat_no_slash", methods=["GET", "POST"])
def case_host_concat_no_slash():
    param = (request.get_json(silent=True) or {}).get("q", "")
    resp = requests.get("https://api.example.com" + param, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
