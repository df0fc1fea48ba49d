# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=bleach_clean sink=v0 expected=false
import bleach

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = bleach.clean(param)
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
