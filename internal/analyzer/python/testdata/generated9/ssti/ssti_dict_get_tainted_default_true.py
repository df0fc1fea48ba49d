# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=dict_get_tainted_default expected=true
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

TEMPLATES = {"hello": "Hello {{ 1 }}"}


@app.route("/ssti_dict_get_tainted_default", methods=["GET", "POST"])
def case_dict_get_tainted_default():
    param = request.form.get("q", "")
    tpl = TEMPLATES.get(request.args.get("name", ""), param)
    out = render_template_string(tpl)  # want: PY-SSTI
    return jsonify(result=str(out))
