# generated case (gen9): category=ssti rule=PY-SSTI fw=flask shape=mako_template expected=true
from mako.template import Template as MakoTemplate
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_mako_template", methods=["GET", "POST"])
def case_mako_template():
    param = request.args.get("q", "")
    out = MakoTemplate("<h1>" + param + "</h1>").render()  # want: PY-SSTI
    return jsonify(result=str(out))
