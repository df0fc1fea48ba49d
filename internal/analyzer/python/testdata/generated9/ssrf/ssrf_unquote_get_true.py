# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=unquote_get expected=true
import urllib.parse

import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_unquote_get", methods=["GET", "POST"])
def case_unquote_get():
    param = request.args.get("q", "")
    resp = requests.get(urllib.parse.unquote(param), timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
