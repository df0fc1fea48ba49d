# generated case (gen9): category=ssrf rule=PY-SSRF fw=flask shape=int_id_path expected=false
import requests
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssrf_int_id_path", methods=["GET", "POST"])
def case_int_id_path():
    param = request.cookies.get("q", "")
    try:
        item = int(param)
    except ValueError:
        item = 1
    resp = requests.get(f"https://api.example.com/items/{item}", timeout=5)  # want: PY-HTTP-NO-PROXY
    return jsonify(result=str(resp.status_code))
