# SSTI FALSE: template loaded from a file via Environment.get_template; request data only in context
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape())


@app.route("/invoice")
def invoice():
    tpl = env.get_template("invoice.html")
    return tpl.render(customer=request.args.get("customer", ""))
