# gen2_aiohttp: helpers; render_page builds HTML, evaluate runs eval, load_state unpickles
import base64
import pickle

from aiohttp import web


def render_page(title):
    return web.Response(text="<h1>" + title + "</h1>", content_type="text/html")  # want: PY-XSS


def evaluate(expr):
    return eval(expr)  # want: PY-CODE-INJECTION


def evaluate_number(expr):
    return eval(expr)  # safe: PY-CODE-INJECTION


def load_state(blob):
    return pickle.loads(base64.b64decode(blob))  # want: PY-DESERIALIZATION
