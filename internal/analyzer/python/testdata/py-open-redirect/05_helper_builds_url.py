# Open redirect: helper concatenates a tainted host into an absolute URL used for redirect
from flask import Flask, redirect, request

app = Flask(__name__)


def storefront_url(region_host, path):
    return "https://" + region_host + path


@app.route("/switch-region")
def switch_region():
    host = request.args.get("host", "eu.shop.example")
    return redirect(storefront_url(host, "/"))  # want: PY-OPEN-REDIRECT
