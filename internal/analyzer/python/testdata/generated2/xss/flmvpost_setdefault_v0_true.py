# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=setdefault sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        m = {}
        m.setdefault("k", param)
        bar = m["k"]
        return "<p>Hello " + bar + "</p>"  # want: PY-XSS


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
