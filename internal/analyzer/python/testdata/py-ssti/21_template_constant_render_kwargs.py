# SSTI FALSE: jinja2.Template built from a constant, user data only in render() kwargs
from flask import Flask, jsonify, request
from jinja2 import Template

app = Flask(__name__)
SUBJECT = Template("Your order {{ number }} has shipped, {{ name }}")


@app.route("/preview-subject", methods=["POST"])
def preview_subject():
    return jsonify(subject=SUBJECT.render(number=request.form["number"], name=request.form["name"]))
