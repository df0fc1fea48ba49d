# generated case: rule=PY-XSS source=faquery propagation=method_ident sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class Thing:
    def do_something(self, value):
        return value


@app.get("/xss")
def handle_xss(p: str = ""):
    param = p
    bar = Thing().do_something(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
