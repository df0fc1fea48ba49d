# generated case (gen_cases2): rule=PY-XSS context=flmvpost propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, render_template, request
from flask.views import MethodView

app = Flask(__name__)


class HandleXssView(MethodView):
    def post(self):
        param = request.form["p"]
        bar = param
        return render_template("hello.html", name=bar)


app.add_url_rule("/xss", view_func=HandleXssView.as_view("xss"))
