# SSTI: search term concatenated into a template that extends the base layout
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    tpl = "{% extends 'base.html' %}{% block content %}<h2>Results for " + q + "</h2>{% endblock %}"
    return render_template_string(tpl, results=[])  # want: PY-SSTI
