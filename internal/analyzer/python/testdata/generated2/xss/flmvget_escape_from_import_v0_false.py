# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=escape_from_import sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView
from markupsafe import escape

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = escape(param)
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
