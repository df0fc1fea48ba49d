# py-deserialization: getattr(yaml, "CSafeLoader", yaml.SafeLoader) is the C
# safe loader (the default only when it is missing); a constant attribute
# naming an unsafe loader is that loader.
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/safe")
def safe():
    doc = yaml.load(request.get_data(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # safe: a safe loader
    return {"type": type(doc).__name__}


@app.route("/unsafe")
def unsafe():
    doc = yaml.load(request.get_data(), Loader=getattr(yaml, "CUnsafeLoader", yaml.UnsafeLoader))  # want: PY-DESERIALIZATION
    return {"type": type(doc).__name__}
