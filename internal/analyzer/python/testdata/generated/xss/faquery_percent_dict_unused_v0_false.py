# generated case: rule=PY-XSS source=faquery propagation=percent_dict_unused sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = "%(a)s" % {"a": "safe", "b": param}
    return HTMLResponse("<p>Hello " + bar + "</p>")
