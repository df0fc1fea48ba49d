# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=dict_zip_config expected=true
import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_dict_zip_config", methods=["GET", "POST"])
def case_dict_zip_config():
    param = (request.get_json(silent=True) or {}).get("q", "")
    cfg = dict(zip(["url", "timeout"], [param, 5]))
    resp = requests.get(cfg["url"], timeout=cfg["timeout"])  # want: PY-SSRF PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
