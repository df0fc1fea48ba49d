# generated case: rule=PY-XSS source=fapath propagation=percent_dict_used sink=v1 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    bar = "%(b)s" % {"a": "safe", "b": param}
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
