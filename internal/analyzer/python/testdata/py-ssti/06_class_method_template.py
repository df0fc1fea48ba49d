# SSTI: notification class keeps a tainted subject template and renders it with jinja2.Template
from flask import Flask, jsonify, request
from jinja2 import Template

app = Flask(__name__)


class Notification:
    def __init__(self, subject_tpl):
        self.subject_tpl = subject_tpl

    def subject(self, **ctx):
        return Template(self.subject_tpl).render(**ctx)  # want: PY-SSTI


@app.route("/notifications/test", methods=["POST"])
def test_notification():
    n = Notification(request.form.get("subject", "Hello {{ name }}"))
    return jsonify(subject=n.subject(name="Ada"))
