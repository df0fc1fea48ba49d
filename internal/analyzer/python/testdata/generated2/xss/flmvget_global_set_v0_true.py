# generated case (gen_cases2): rule=PY-XSS context=flmvget propagation=global_set sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


LAST = ""


class HandleXssView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        global LAST
        LAST = param
        bar = LAST
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
