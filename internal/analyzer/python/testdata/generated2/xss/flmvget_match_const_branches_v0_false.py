# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=match_const_branches sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        match param:
            case "a":
                bar = "first"
            case _:
                bar = "other"
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
