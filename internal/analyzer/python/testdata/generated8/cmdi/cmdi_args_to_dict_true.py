# generated case (gen8): category=cmdi rule=PY-CMDI fw=flask shape=args_to_dict expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/cmdi_args_to_dict")
def case_args_to_dict():
    opts = request.args.to_dict()
    rc = os.system("convert /srv/in.png -resize " + opts.get("size", "10x10") + " /srv/out.png")  # want: PY-CMDI
    return jsonify(rc=rc)
