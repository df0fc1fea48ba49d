# generated case: rule=PY-XSS source=fapath propagation=method_const sink=v1 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return "safe!"


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    bar = Thing().do_something(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
