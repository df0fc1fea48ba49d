# generated case (gen8): category=ssrf rule=PY-SSRF fw=flask shape=host_in_fstring expected=true
import requests
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_host_in_fstring", methods=["GET", "POST"])
def case_host_in_fstring():
    param = request.form.get("q", "")
    resp = requests.get(f"http://{param}/health", timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
