# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=resub_negclass sink=v0 expected=false
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = re.sub(r"[^a-z0-9]", "", param)
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
