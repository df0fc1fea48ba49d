# SSTI: email template body supplied by the user rendered with jinja2.Template
import jinja2
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/campaigns/preview", methods=["POST"])
def preview_campaign():
    body = request.form["body"]
    rendered = jinja2.Template(body).render(first_name="Ada", shop="Acme")  # want: PY-SSTI
    return jsonify(preview=rendered)
