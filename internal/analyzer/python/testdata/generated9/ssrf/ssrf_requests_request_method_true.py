# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=requests_request_method expected=true
import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_requests_request_method", methods=["GET", "POST"])
def case_requests_request_method():
    param = request.args.get("q", "")
    resp = requests.request("GET", param, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
