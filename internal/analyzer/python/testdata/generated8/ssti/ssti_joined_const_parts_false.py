# generated case (gen8): category=ssti rule=PY-SSTI fw=flask shape=joined_const_parts expected=false
import jinja2
from flask import Flask, jsonify, make_response, redirect, request, session

app = Flask(__name__)
app.secret_key = "dev-only"


@app.route("/ssti_joined_const_parts", methods=["GET", "POST"])
def case_joined_const_parts():
    param = (request.get_json(silent=True) or {}).get("q", "")
    parts = ["<p>", "{{ name }}", "</p>"]
    src = "".join(parts)
    out = jinja2.Environment(autoescape=True).from_string(src).render(name=param)
    return jsonify(result=str(out))
