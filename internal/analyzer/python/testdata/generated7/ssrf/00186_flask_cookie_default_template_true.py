# generated case (gen_cases7): category=ssrf rule=PY-SSRF fw=flask source=cookie shape=default_template sink=v0 expected=true
import requests

from flask import Flask, jsonify, request

app = Flask(__name__)


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


@app.route("/case-00186", methods=["GET", "POST"])
def case_00186():
    param = request.cookies.get("q", "none")
    bar = render_label(param)
    resp = requests.get(bar, timeout=5)  # want: PY-SSRF PY-HTTP-NO-PROXY
    result = resp.status_code
    return jsonify(result=str(result))
