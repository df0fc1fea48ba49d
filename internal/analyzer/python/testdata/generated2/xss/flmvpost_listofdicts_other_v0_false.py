# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=listofdicts_other sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[0]["n"]
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
