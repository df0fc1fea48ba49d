# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=items_key_const sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ""
        for k, _v in {"safe": param}.items():
            bar = k
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
