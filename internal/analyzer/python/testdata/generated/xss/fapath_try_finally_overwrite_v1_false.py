# generated case: rule=PY-XSS source=fapath propagation=try_finally_overwrite sink=v1 expected=false
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss/{p}")
def handle_xss(p: str):
    param = p
    try:
        bar = param
    finally:
        bar = "safe"
    return HTMLResponse("<p>Hello " + bar + "</p>")
