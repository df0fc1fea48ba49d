# generated case (gen_cases2): rule=PY-XSS context=flviewrouteparam propagation=direct sink=safe-api expected=false
from flask import Flask, jsonify, render_template, request
from flask.views import View

app = Flask(__name__)


class HandleXssView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        return render_template("hello.html", name=bar)


app.add_url_rule("/xss/<p>", view_func=HandleXssView.as_view("xss"))
