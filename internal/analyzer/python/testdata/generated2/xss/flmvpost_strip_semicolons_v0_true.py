# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=strip_semicolons sink=v0 expected=true
import re

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = re.sub(r"[;&|]", "", param)
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
